/**
 * M — Manage, its raw material: engagement events (messages, replies, reactions, views, attendance, check-ins,
 * referrals, custom types) of a tenant's members, ingested in batches from integrations and CSV files, kept in a
 * table partitioned by month.
 */
@NullMarked
package app.communityops.engagement;

import org.jspecify.annotations.NullMarked;

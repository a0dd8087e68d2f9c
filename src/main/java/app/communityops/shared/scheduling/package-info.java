/**
 * Scheduled jobs that run on exactly one node of those sharing the database (db-scheduler, ADR 0012), and the
 * way such a job works inside each tenant without a signed-in user.
 */
@NullMarked
package app.communityops.shared.scheduling;

import org.jspecify.annotations.NullMarked;

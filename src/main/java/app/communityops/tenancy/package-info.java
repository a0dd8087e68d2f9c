/**
 * Tenants (the organisations using the installation), their plans, and the isolation machinery that keeps each
 * tenant's rows to itself: Hibernate's tenant column and PostgreSQL row-level security.
 */
@NullMarked
package app.communityops.tenancy;

import org.jspecify.annotations.NullMarked;

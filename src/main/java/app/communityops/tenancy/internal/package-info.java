/**
 * The isolation machinery of {@code tenancy}: the current tenant for Hibernate and PostgreSQL, the tenant-scoped
 * transactions, and the embedded database of a start without one configured.
 */
@NullMarked
package app.communityops.tenancy.internal;

import org.jspecify.annotations.NullMarked;

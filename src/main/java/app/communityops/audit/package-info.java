/**
 * The audit log: who created, changed or deleted what, when, in which tenant, with the changed fields.
 * Entities opt in with {@link app.communityops.shared.Audited}; a Hibernate listener records them, so no
 * service can forget to.
 */
@NullMarked
package app.communityops.audit;

import org.jspecify.annotations.NullMarked;

/**
 * C — Custom: the members a tenant knows and their memberships in its communities, from application to
 * elimination or leaving, with the tenant's tiers and acquisition channels.
 */
@NullMarked
package app.communityops.members;

import org.jspecify.annotations.NullMarked;

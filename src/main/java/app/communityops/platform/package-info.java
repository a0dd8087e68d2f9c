/** Platform administration: creating, renaming and suspending tenants, their plans, and resetting tenant admins' access. */
@NullMarked
package app.communityops.platform;

import org.jspecify.annotations.NullMarked;

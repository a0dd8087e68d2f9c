/**
 * Primitives every feature uses: ids, roles, the signed-in principal, the current tenant, i18n and UI helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.communityops.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/** Translations: every feature contributes its own message bundle under {@code i18n/}. */
@NullMarked
package app.communityops.shared.i18n;

import org.jspecify.annotations.NullMarked;

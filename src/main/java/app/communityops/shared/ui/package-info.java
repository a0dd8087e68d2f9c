/** Building blocks every screen uses: navigation groups, notifications, confirmation, form error display. */
@NullMarked
package app.communityops.shared.ui;

import org.jspecify.annotations.NullMarked;

/** The notifications page. */
@NullMarked
package app.communityops.notification.ui;

import org.jspecify.annotations.NullMarked;

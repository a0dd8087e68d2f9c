/** Screens of the activity feature: the activity types, a community's activities and one activity's attendance. */
@NullMarked
package app.communityops.activity.ui;

import org.jspecify.annotations.NullMarked;

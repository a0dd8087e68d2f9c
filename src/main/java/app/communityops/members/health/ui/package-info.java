/** The tenant admin's screen of the member-health thresholds. */
@NullMarked
package app.communityops.members.health.ui;

import org.jspecify.annotations.NullMarked;

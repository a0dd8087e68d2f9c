/** The automation engine's screens: the run log and the dry run of a rule. */
@NullMarked
package app.communityops.automation.ui;

import org.jspecify.annotations.NullMarked;

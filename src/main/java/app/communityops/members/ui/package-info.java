/** The members screens: the members grid of a community, its way in from the menu, and the tier and channel lists. */
@NullMarked
package app.communityops.members.ui;

import org.jspecify.annotations.NullMarked;

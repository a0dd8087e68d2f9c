/** The community screens: the list of communities the user may see, the form, and each community's overview. */
@NullMarked
package app.communityops.community.ui;

import org.jspecify.annotations.NullMarked;

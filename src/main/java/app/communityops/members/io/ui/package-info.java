/** The member import screen. */
@NullMarked
package app.communityops.members.io.ui;

import org.jspecify.annotations.NullMarked;

/** The Custom page of a community and its screening screens: review queue, invitation codes, elimination. */
@NullMarked
package app.communityops.screening.ui;

import org.jspecify.annotations.NullMarked;

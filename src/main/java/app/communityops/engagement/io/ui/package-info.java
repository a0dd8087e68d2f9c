/** The engagement events import screen. */
@NullMarked
package app.communityops.engagement.io.ui;

import org.jspecify.annotations.NullMarked;

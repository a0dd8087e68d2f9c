/** The engagement import screen. */
@NullMarked
package app.communityops.content.io.ui;

import org.jspecify.annotations.NullMarked;

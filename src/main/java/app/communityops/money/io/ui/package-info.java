/** The orders import screen. */
@NullMarked
package app.communityops.money.io.ui;

import org.jspecify.annotations.NullMarked;

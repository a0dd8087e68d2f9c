/** The tenant admin's API keys screen. */
@NullMarked
package app.communityops.api.ui;

import org.jspecify.annotations.NullMarked;

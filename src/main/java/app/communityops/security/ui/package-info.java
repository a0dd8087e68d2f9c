/** Sign-in, the people screen and the user's own account page. */
@NullMarked
package app.communityops.security.ui;

import org.jspecify.annotations.NullMarked;

/** The Today list and the service level screens. */
@NullMarked
package app.communityops.today.ui;

import org.jspecify.annotations.NullMarked;

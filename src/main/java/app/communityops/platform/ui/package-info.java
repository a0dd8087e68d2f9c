/** The platform admin's tenant screen. */
@NullMarked
package app.communityops.platform.ui;

import org.jspecify.annotations.NullMarked;

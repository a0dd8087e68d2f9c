/** The tenant admin's audit-log screen. */
@NullMarked
package app.communityops.audit.ui;

import org.jspecify.annotations.NullMarked;

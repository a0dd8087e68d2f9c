/** Screens of two-factor sign-in: the code step, enrolment at sign-in, and the parts other screens embed. */
@NullMarked
package app.communityops.security.mfa.ui;

import org.jspecify.annotations.NullMarked;

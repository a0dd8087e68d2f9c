/** Two-factor sign-in with authenticator apps (TOTP), recovery codes, the tenant's policy and admin resets. */
@NullMarked
package app.communityops.security.mfa;

import org.jspecify.annotations.NullMarked;

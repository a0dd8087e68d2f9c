package app.communityops.security.mfa;

/** One's own second factor: on or off, recovery codes left, and whether the tenant (or the role) requires it. */
public record SecondFactorStatus(boolean enabled, int recoveryCodesLeft, boolean required) {
}

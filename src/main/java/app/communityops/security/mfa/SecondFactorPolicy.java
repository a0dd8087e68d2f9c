package app.communityops.security.mfa;

/** A tenant's rule: whether its staff (admins and operators) and its client users must use a second factor. */
public record SecondFactorPolicy(boolean staff, boolean clients) {
}

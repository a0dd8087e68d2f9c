package app.communityops.api;

/** A key just created, with its token: the only time the token exists outside the caller's hands. */
public record CreatedApiKey(ApiKeySummary key, String token) {
}

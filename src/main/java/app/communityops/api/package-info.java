/**
 * T — Tool, the way in for integrations: per-tenant API keys with scopes, their authentication, rate limit and
 * administration. The REST endpoints live in {@code v1}, the HTTP machinery (errors, body limits, idempotency) in
 * {@code web}.
 */
@NullMarked
package app.communityops.api;

import org.jspecify.annotations.NullMarked;

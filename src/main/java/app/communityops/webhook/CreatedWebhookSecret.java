package app.communityops.webhook;

/** An endpoint just created or whose secret was just rotated, with the secret: the only time it is shown. */
public record CreatedWebhookSecret(WebhookEndpointSummary endpoint, String secret) {
}

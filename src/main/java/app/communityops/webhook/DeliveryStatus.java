package app.communityops.webhook;

/** Where a webhook delivery stands: waiting for its first try or a retry, answered with 2xx, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}

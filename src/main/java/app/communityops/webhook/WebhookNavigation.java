package app.communityops.webhook;

import java.util.UUID;

/** The way in to the webhook screens. */
public final class WebhookNavigation {

    public static final String ENDPOINTS_ROUTE = "settings/webhooks";
    public static final String ENDPOINT_PARAMETER = "endpointId";
    public static final String ENDPOINT_ROUTE = "settings/webhooks/:" + ENDPOINT_PARAMETER;

    private WebhookNavigation() {
    }

    /** The address of one endpoint's page, its delivery log. */
    public static String endpoint(UUID endpointId) {
        return ENDPOINTS_ROUTE + "/" + endpointId;
    }
}

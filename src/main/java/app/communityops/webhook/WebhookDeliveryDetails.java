package app.communityops.webhook;

import java.util.Map;

/**
 * A delivery as its dialog shows it: the row, the request body exactly as sent, the headers it is sent with (the
 * signature as of its last attempt is not kept; a new one is made per attempt) and the start of the last answer.
 */
public record WebhookDeliveryDetails(WebhookDeliverySummary delivery, String url, String payload,
                                     Map<String, String> headers, String answerExcerpt) {

    public WebhookDeliveryDetails {
        headers = Map.copyOf(headers);
    }
}

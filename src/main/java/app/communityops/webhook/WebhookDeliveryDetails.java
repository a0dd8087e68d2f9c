package app.communityops.webhook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A delivery as its dialog shows it: the row, the request body exactly as sent, the headers it is sent with (the
 * signature as of its last attempt is not kept; a new one is made per attempt) and the start of the last answer.
 */
public record WebhookDeliveryDetails(WebhookDeliverySummary delivery, String url, String payload,
                                     Map<String, String> headers, String answerExcerpt) {

    public WebhookDeliveryDetails {
        // In the order they are sent, as the delivery's dialog lists them.
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}

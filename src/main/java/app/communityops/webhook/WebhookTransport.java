package app.communityops.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One POST of a delivery: JSON, the event, delivery and signature headers, short time-outs, redirects never followed
 * (a 3xx is an answer like any other that is not 2xx). Reads at most {@link #ANSWER_BYTES} of the answer, so a
 * receiver cannot make the sender hold a large body.
 */
@Component
class WebhookTransport {

    static final int ANSWER_BYTES = 8 * 1024;

    /**
     * What came back: the status (null when no answer came) and the start of the body, or what went wrong;
     * {@code refused} when the address was not allowed and nothing was sent.
     */
    record Outcome(@Nullable Integer status, @Nullable String answer, @Nullable String error, int durationMs,
                   boolean refused) {

        Outcome(@Nullable Integer status, @Nullable String answer, @Nullable String error, int durationMs) {
            this(status, answer, error, durationMs, false);
        }

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration readTimeout;

    WebhookTransport(@Value("${communityops.webhook.connect-timeout:5s}") Duration connectTimeout,
                     @Value("${communityops.webhook.read-timeout:10s}") Duration readTimeout) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = readTimeout;
    }

    Outcome post(URI url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "CommunityOps-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(ANSWER_BYTES), StandardCharsets.UTF_8);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            String error = response.statusCode() >= 300 && response.statusCode() < 400 && location != null
                    ? "Redirect to " + location + " not followed" : null;
            return new Outcome(response.statusCode(), answer, error, millis(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, null, "Timed out: " + e.getMessage(), millis(started));
        } catch (IOException e) {
            return new Outcome(null, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), millis(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "Interrupted", millis(started));
        }
    }

    private static int millis(long started) {
        return (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}

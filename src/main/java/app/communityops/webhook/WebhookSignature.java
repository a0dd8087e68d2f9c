package app.communityops.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code CommunityOps-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} of {@code "<t>.<body>"},
 * keyed with the endpoint's secret as shown (its UTF-8 bytes). A receiver recomputes it over the raw body it got,
 * compares in constant time and refuses a {@code t} more than {@link #TOLERANCE} from its own clock, so a captured
 * request cannot be replayed later. {@link #verify} is that check, for receivers written in Java and for the tests.
 */
public final class WebhookSignature {

    public static final String HEADER = "CommunityOps-Signature";
    public static final String EVENT_HEADER = "CommunityOps-Event";
    public static final String DELIVERY_HEADER = "CommunityOps-Delivery";
    /** How far the signed time may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, String body) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + hmac(secret, seconds + "." + body);
    }

    /** Whether {@code header} signs {@code body} with {@code secret} at a time within the tolerance of {@code now}. */
    public static boolean verify(String secret, String header, String body, Instant now) {
        Long seconds = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    seconds = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (seconds == null || signature == null) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, seconds + "." + body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

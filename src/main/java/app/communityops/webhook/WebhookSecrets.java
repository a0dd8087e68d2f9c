package app.communityops.webhook;

import app.communityops.shared.SealedValues;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Endpoint signing secrets (docs/decisions/0044-webhooks.md): 32 random bytes, base64url without padding (43
 * characters), shown once. They must be readable to sign, so they are stored encrypted (AES-256-GCM, a random nonce
 * per value, the endpoint id as associated data so a value copied to another row does not decrypt) under the webhook
 * key: {@code WEBHOOK_ENCRYPTION_KEY} (base64 of 32 bytes), else the key file {@code WEBHOOK_KEY_FILE} (created on
 * first start), else (tests) a key that lives as long as the process.
 */
@Component
class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SealedValues sealed;

    WebhookSecrets(@Value("${communityops.webhook.encryption-key:}") String configuredKey,
                   @Value("${communityops.webhook.key-file:}") String keyFile) {
        this.sealed = new SealedValues(configuredKey, keyFile, "WEBHOOK_ENCRYPTION_KEY", "webhook secret");
    }

    /** A new signing secret. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String seal(String secret, UUID endpointId) {
        return sealed.seal(secret.getBytes(StandardCharsets.UTF_8), endpointId.toString());
    }

    String open(String stored, UUID endpointId) {
        return new String(sealed.open(stored, endpointId.toString()), StandardCharsets.UTF_8);
    }
}

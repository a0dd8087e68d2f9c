package app.communityops.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    WebhookSecrets(@Value("${communityops.webhook.encryption-key:}") String configuredKey,
                   @Value("${communityops.webhook.key-file:}") String keyFile) {
        this.key = new SecretKeySpec(keyBytes(configuredKey.strip(), keyFile.strip()), "AES");
    }

    /** A new signing secret. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String seal(String secret, UUID endpointId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a webhook secret", e);
        }
    }

    String open(String stored, UUID endpointId) {
        if (!stored.startsWith("v1:")) {
            throw new IllegalStateException("Unknown webhook secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret does not decrypt with the configured key", e);
        }
    }

    private static byte[] keyBytes(String configured, String keyFile) {
        if (!configured.isEmpty()) {
            return checked(Base64.getDecoder().decode(configured), "WEBHOOK_ENCRYPTION_KEY");
        }
        byte[] key = new byte[32];
        if (keyFile.isEmpty()) {
            RANDOM.nextBytes(key);
            return key;
        }
        Path path = Path.of(keyFile).toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return checked(Base64.getDecoder().decode(Files.readString(path).strip()), path.toString());
            }
            RANDOM.nextBytes(key);
            Files.createDirectories(path.getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions for {}", path);
            }
            log.warn("Created a new key for webhook secrets in {}; keep it with the database, or set "
                    + "WEBHOOK_ENCRYPTION_KEY", path);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + path, e);
        }
    }

    private static byte[] checked(byte[] key, String source) {
        if (key.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)");
        }
        return key;
    }
}

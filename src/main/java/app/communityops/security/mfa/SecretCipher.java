package app.communityops.security.mfa;

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
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest with AES-256-GCM (docs/decisions/0025). The key comes from
 * {@code MFA_ENCRYPTION_KEY} (base64 of 32 bytes); without it, from a key file that is created on first start
 * ({@code MFA_KEY_FILE}, by default next to the embedded database's data); with neither (tests), a key that lives
 * as long as the process. Each value carries its own random nonce, and the account id as associated data, so a
 * secret copied onto another account's row does not decrypt.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final boolean lastsBeyondTheProcess;

    SecretCipher(@Value("${communityops.mfa.encryption-key:}") String configuredKey,
                 @Value("${communityops.mfa.key-file:}") String keyFile) {
        this.key = new SecretKeySpec(keyBytes(configuredKey.strip(), keyFile.strip()), "AES");
        this.lastsBeyondTheProcess = !configuredKey.isBlank() || !keyFile.isBlank();
    }

    /** False for the key that lives only as long as the process (no key configured: the tests). */
    boolean lastsBeyondTheProcess() {
        return lastsBeyondTheProcess;
    }

    /**
     * A value that tells keys apart without revealing them: an HMAC-SHA256 of a fixed text under a key derived for
     * this purpose, so that it is never computed with the encryption key itself.
     */
    String checkValue() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] derived = mac.doFinal("communityops mfa key check".getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal("v1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute the key check", e);
        }
    }

    String encrypt(byte[] plain, String accountId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return "v1:" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a second-factor secret", e);
        }
    }

    byte[] decrypt(String stored, String accountId) {
        if (!stored.startsWith("v1:")) {
            throw new IllegalStateException("Unknown secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second-factor secret does not decrypt with the configured key", e);
        }
    }

    private static byte[] keyBytes(String configured, String keyFile) {
        if (!configured.isEmpty()) {
            return checked(Base64.getDecoder().decode(configured), "MFA_ENCRYPTION_KEY");
        }
        if (keyFile.isEmpty()) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            return key;
        }
        Path path = Path.of(keyFile).toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return checked(Base64.getDecoder().decode(Files.readString(path).strip()), path.toString());
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.createDirectories(path.getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions for {}", path);
            }
            log.warn("Created a new key for two-factor secrets in {}; keep it with the database, or set "
                    + "MFA_ENCRYPTION_KEY", path);
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

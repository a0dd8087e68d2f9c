package app.communityops.security.mfa;

import app.communityops.shared.SealedValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    private final SealedValues sealed;
    private final boolean lastsBeyondTheProcess;

    SecretCipher(@Value("${communityops.mfa.encryption-key:}") String configuredKey,
                 @Value("${communityops.mfa.key-file:}") String keyFile) {
        this.sealed = new SealedValues(configuredKey, keyFile, "MFA_ENCRYPTION_KEY", "second-factor secret");
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
            mac.init(new SecretKeySpec(sealed.keyBytes(), "HmacSHA256"));
            byte[] derived = mac.doFinal("communityops mfa key check".getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal("v1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute the key check", e);
        }
    }

    String encrypt(byte[] plain, String accountId) {
        return sealed.seal(plain, accountId);
    }

    byte[] decrypt(String stored, String accountId) {
        return sealed.open(stored, accountId);
    }
}

package app.communityops.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authenticator secrets at rest: AES-GCM under the configured key, bound to their account. */
class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void encryptsWithAFreshNonceAndDecryptsOnlyForTheSameAccount() {
        SecretCipher cipher = new SecretCipher(KEY, "");
        byte[] secret = Totp.newSecret();
        String first = cipher.encrypt(secret, "account-a");
        String second = cipher.encrypt(secret, "account-a");

        assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain(Base32.encode(secret));
        assertThat(cipher.decrypt(first, "account-a")).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(first, "account-b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]), "")
                .decrypt(new SecretCipher(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9,
                        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}),
                        "").encrypt(secret, "account-a"), "account-a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyAKeyFileIsCreatedOnceAndKept(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve("mfa.key");
        SecretCipher first = new SecretCipher("", file.toString());
        String sealed = first.encrypt(new byte[] {42}, "account");
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);

        assertThat(new SecretCipher("", file.toString()).decrypt(sealed, "account")).containsExactly(42);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]), ""))
                .hasMessageContaining("32 bytes");
    }
}

package app.communityops.shared;

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
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets the application must read back (second-factor seeds, webhook signing secrets), sealed at rest with
 * AES-256-GCM: a random nonce per value and the owning row's id as associated data, so a value copied onto another
 * row does not open. The key comes from an environment variable (base64 of 32 bytes), else from a key file created
 * on first start, else (tests) a key that lives as long as the process. Stored as {@code v1:<base64 nonce+sealed>}.
 */
public final class SealedValues {

    private static final Logger log = LoggerFactory.getLogger(SealedValues.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String FORMAT = "v1:";

    private final SecretKey key;
    private final String what;

    /**
     * @param configured the base64 key from {@code variable}, or blank
     * @param keyFile the key file to read or create when no key is configured, or blank for a key of this process
     * @param variable the environment variable's name, for messages
     * @param what what is sealed, for messages ("second-factor secret")
     */
    public SealedValues(String configured, String keyFile, String variable, String what) {
        this.key = new SecretKeySpec(keyBytes(configured.strip(), keyFile.strip(), variable, what), "AES");
        this.what = what;
    }

    /** The key's bytes, for keys derived from it (never used to seal anything else). */
    public byte[] keyBytes() {
        return key.getEncoded();
    }

    public String seal(byte[] plain, String rowId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a " + what, e);
        }
    }

    public byte[] open(String stored, String rowId) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown " + what + " format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A " + what + " does not decrypt with the configured key", e);
        }
    }

    private static byte[] keyBytes(String configured, String keyFile, String variable, String what) {
        if (!configured.isEmpty()) {
            return checked(Base64.getDecoder().decode(configured), variable);
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
            log.warn("Created a new key for each {} in {}; keep it with the database, or set {}", what, path,
                    variable);
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

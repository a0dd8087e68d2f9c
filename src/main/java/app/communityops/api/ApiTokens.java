package app.communityops.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The token format: {@code co_<key id, 32 hex digits>_<secret, 43 base64url characters>}. The key id lets the
 * server find the key without knowing the tenant; the secret (256 random bits) is checked against its SHA-256.
 */
final class ApiTokens {

    record Parsed(UUID keyId, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "co_";

    private ApiTokens() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String token(UUID keyId, String secret) {
        return PREFIX + keyId.toString().replace("-", "") + "_" + secret;
    }

    static Optional<Parsed> parse(String token) {
        if (!token.startsWith(PREFIX) || token.length() != PREFIX.length() + 32 + 1 + 43
                || token.charAt(PREFIX.length() + 32) != '_') {
            return Optional.empty();
        }
        String hex = token.substring(PREFIX.length(), PREFIX.length() + 32);
        if (!HexFormat.isHexDigit(hex.charAt(0)) || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            return Optional.empty();
        }
        UUID id = new UUID(HexFormat.fromHexDigitsToLong(hex.substring(0, 16)),
                HexFormat.fromHexDigitsToLong(hex.substring(16)));
        return Optional.of(new Parsed(id, token.substring(PREFIX.length() + 33)));
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, byte[] expectedHash) {
        return MessageDigest.isEqual(hash(secret), expectedHash);
    }

    static String hint(String secret) {
        return "…" + secret.substring(secret.length() - 4);
    }
}

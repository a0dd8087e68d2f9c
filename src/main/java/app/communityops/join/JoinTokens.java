package app.communityops.join;

import app.communityops.members.ContactKeys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The random tokens of links and status links (128 bits, 22 base62 characters: short enough for a QR code that a
 * phone reads at a glance) and the hashes kept in their place.
 */
final class JoinTokens {

    static final int LENGTH = 22;
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{22}");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinTokens() {
    }

    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        BigInteger value = new BigInteger(1, bytes);
        char[] token = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            token[i] = ALPHABET.charAt(division[1].intValue());
            value = division[0];
        }
        return new String(token);
    }

    /** Anything else is answered "not open" without a database lookup. */
    static boolean wellFormed(@Nullable String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A phone number or email as {@link ContactKeys} keys one person, hashed with the community, so the same number
     * hashes differently in each.
     */
    static @Nullable String phoneHash(UUID communityId, @Nullable String phone) {
        String digits = ContactKeys.phone(phone);
        return digits == null ? null : sha256(communityId + ":phone:" + digits);
    }

    static @Nullable String emailHash(UUID communityId, @Nullable String email) {
        String address = ContactKeys.email(email);
        return address == null ? null : sha256(communityId + ":email:" + address);
    }
}

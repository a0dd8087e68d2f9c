package app.communityops.security.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes for when the authenticator app is lost: ten of them, 80 random bits each, shown once and stored
 * only as SHA-256 hashes. Random codes that long need no slow password hash: there is nothing to guess from.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bits = new byte[10];
            RANDOM.nextBytes(bits);
            String plain = Base32.encode(bits);
            codes.add(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
                    + plain.substring(12, 16));
        }
        return codes;
    }

    static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recovery code rather than a six-digit authenticator code. */
    static boolean looksLikeOne(String input) {
        return input.replaceAll("[\\s-]", "").length() == 16;
    }
}

package app.communityops.screening;

import java.security.SecureRandom;

/**
 * Invitation codes people can read out and type: eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), drawn with SecureRandom — 31^8, about 8.5e11 codes, so guessing one is hopeless.
 */
final class CodeGenerator {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CodeGenerator() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

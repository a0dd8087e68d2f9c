package app.communityops.security;

import app.communityops.shared.UserFacingException;
import java.security.SecureRandom;

/**
 * OWASP ASVS 2.1: at least 12 characters, at most 128, any characters allowed, no composition rules;
 * refuses the email itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String password, String email, String field) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new UserFacingException("password.error.tooShort", field, MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new UserFacingException("password.error.tooLong", field, MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(email)) {
            throw new UserFacingException("password.error.isEmail", field);
        }
    }

    /** A temporary password for resets: 16 characters from an alphabet without look-alikes. */
    static String temporary() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package app.communityops.shared;

import java.util.Optional;
import java.util.UUID;

/** Route parameters are attacker input: a malformed id is simply "no such record". */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

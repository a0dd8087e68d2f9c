package app.communityops.screening;

import java.util.Locale;
import java.util.Optional;

/** The value a community offers its members (Why), as the source text lists it. */
public enum ValueTag {
    KNOWLEDGE, INTERESTS, NETWORK, RESOURCES, ANSWERS;

    /** The stored form, lower case, beside free tags in the same column. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ValueTag> fromKey(String key) {
        for (ValueTag tag : values()) {
            if (tag.key().equals(key)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}

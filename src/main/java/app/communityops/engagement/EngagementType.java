package app.communityops.engagement;

import java.util.Locale;
import java.util.Optional;

/** What a member did. Names travel in lower case ({@code message_posted}) in the API and in CSV files. */
public enum EngagementType {
    MESSAGE_POSTED, REPLY, REACTION, CONTENT_VIEWED, ACTIVITY_ATTENDED, CHECK_IN, REFERRAL, CUSTOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EngagementType> fromWire(String text) {
        String normalised = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (EngagementType type : values()) {
            if (type.name().equals(normalised)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

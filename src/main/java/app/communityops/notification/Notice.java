package app.communityops.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to tell someone: {@code topic} decides how each recipient gets it (their preference), {@code kind} is an
 * i18n key of the publishing feature, {@code arguments} fill its placeholders, {@code link} is the route the
 * notification opens (without a leading slash), if any.
 */
public record Notice(NotificationTopic topic, String kind, List<String> arguments, @Nullable String link) {

    public Notice {
        if (kind.isBlank()) {
            throw new IllegalArgumentException("A notice needs a kind");
        }
        arguments = List.copyOf(arguments);
    }

    public static Notice of(NotificationTopic topic, String kind, @Nullable String link, String... arguments) {
        return new Notice(topic, kind, List.of(arguments), link);
    }
}

package app.communityops.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to tell someone: {@code kind} is an i18n key of the publishing feature, {@code arguments} fill its
 * placeholders, {@code link} is the route the notification opens (without a leading slash), if any.
 */
public record Notice(String kind, List<String> arguments, @Nullable String link) {

    public Notice {
        if (kind.isBlank()) {
            throw new IllegalArgumentException("A notice needs a kind");
        }
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String kind, @Nullable String link, String... arguments) {
        return new Notice(kind, List.of(arguments), link);
    }
}

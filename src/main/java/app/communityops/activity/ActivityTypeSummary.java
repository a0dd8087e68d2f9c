package app.communityops.activity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An activity type as lists show it. {@code name} is null for a seeded type nobody renamed: screens then show the
 * translation of {@link #labelKey()}, so the seed reads in the user's language.
 */
public record ActivityTypeSummary(UUID id, @Nullable String seedKey, @Nullable String name, ActivityKind kind,
                                  @Nullable String colour, int position, boolean archived, long version) {

    public String labelKey() {
        return "activity.type.seed." + seedKey;
    }
}

package app.communityops.community;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the tenant's list of verticals. {@code name} is null for a default nobody renamed: screens then show
 * the translation of {@link #labelKey()}, so the default reads in the user's language.
 */
public record VerticalSummary(UUID id, @Nullable String seedKey, @Nullable String name, int position,
                              long version) {

    public String labelKey() {
        return "vertical.seed." + seedKey;
    }
}

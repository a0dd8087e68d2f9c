package app.communityops.content;

import org.jspecify.annotations.Nullable;

/** What a published item achieved; null figures were not recorded. */
public record Engagement(@Nullable Integer views, @Nullable Integer reactions, @Nullable Integer replies,
                         @Nullable Integer shares) {

    public boolean recorded() {
        return views != null || reactions != null || replies != null || shares != null;
    }
}

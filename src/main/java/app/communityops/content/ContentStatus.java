package app.communityops.content;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a content item is on its way to the audience. Only the moves a team would make are allowed: forward one
 * step, back one step for rework, and archiving from anywhere; a published item can only be archived, and an
 * archived one is finished.
 */
public enum ContentStatus {
    IDEA, DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

    public Set<ContentStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(DRAFT, ARCHIVED);
            case DRAFT -> EnumSet.of(IDEA, IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(DRAFT, SCHEDULED, ARCHIVED);
            case SCHEDULED -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ContentStatus.class);
        };
    }

    public boolean canMoveTo(ContentStatus target) {
        return next().contains(target);
    }

    /** The calendar's status key. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

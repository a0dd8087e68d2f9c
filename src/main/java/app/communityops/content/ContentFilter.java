package app.communityops.content;

import java.util.Set;

/** The content list's filters; empty sets mean "any". */
public record ContentFilter(Set<ContentStatus> statuses, Set<ContentKind> kinds) {

    public static final ContentFilter ANY = new ContentFilter(Set.of(), Set.of());

    public ContentFilter {
        statuses = Set.copyOf(statuses);
        kinds = Set.copyOf(kinds);
    }
}

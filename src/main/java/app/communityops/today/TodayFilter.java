package app.communityops.today;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Today list's filters. {@code whose} matters for tenant admins only: an operator always sees their own list.
 * Empty {@code kinds} means every kind.
 */
public record TodayFilter(@Nullable UUID communityId, Set<TodayKind> kinds, Whose whose, @Nullable UUID operatorId) {

    public enum Whose {
        /** The signed-in user's own list. */
        MINE,
        /** Everything of the tenant (tenant admins). */
        EVERYONE,
        /** One operator's list, as they see it (tenant admins). */
        OPERATOR
    }

    public TodayFilter {
        kinds = Set.copyOf(kinds);
    }

    public static TodayFilter mine() {
        return new TodayFilter(null, Set.of(), Whose.MINE, null);
    }

    public static TodayFilter everyone() {
        return new TodayFilter(null, Set.of(), Whose.EVERYONE, null);
    }

    public boolean shows(TodayKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}

package app.communityops.join;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came through a community's join links from {@code from} to {@code to} (days in the tenant's zone, both
 * inclusive): per link the applications filed, approved and joined in those days. Links archived before the period
 * with nothing in it are left out; no links at all is the empty state.
 */
public record JoinLinkFigures(LocalDate from, LocalDate to, List<Link> links) {

    public JoinLinkFigures {
        links = List.copyOf(links);
    }

    /** One link: its campaign label and channel name (either may be missing, not both). */
    public record Link(UUID linkId, @Nullable String campaign, @Nullable UUID channelId, @Nullable String channelName,
                       boolean archived, long applications, long approved, long joined) {
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    public long applications() {
        return links.stream().mapToLong(Link::applications).sum();
    }

    public long approved() {
        return links.stream().mapToLong(Link::approved).sum();
    }

    public long joined() {
        return links.stream().mapToLong(Link::joined).sum();
    }

    /**
     * The share in percent (one decimal) of the period's joins, counted by the caller as its neighbouring figures
     * count them, that came through a join link; null when there were no joins.
     */
    public @Nullable BigDecimal shareOf(long allJoins) {
        if (allJoins <= 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(joined(), allJoins) * 100L)
                .divide(BigDecimal.valueOf(allJoins), 1, RoundingMode.HALF_UP);
    }
}

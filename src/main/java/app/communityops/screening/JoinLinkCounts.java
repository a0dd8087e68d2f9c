package app.communityops.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came through a community's join links, for the Where area of the Custom page. The join feature answers it:
 * join builds on screening, so screening asks through this rather than depending on join.
 */
public interface JoinLinkCounts {

    /** One row per link, in the days {@code from} to {@code to} of the tenant's zone; empty when it has no links. */
    List<Row> rows(UUID communityId, LocalDate from, LocalDate to);

    /** A link by its campaign label and channel name (either may be missing, not both). */
    record Row(@Nullable String campaign, @Nullable String channelName, boolean archived, long applications,
               long approved, long joined) {
    }
}

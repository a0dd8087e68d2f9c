package app.communityops.members.io;

import app.communityops.members.MembershipStatus;
import app.communityops.members.ScreeningMechanism;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The members grid's filter and sort, as the export link carries them. Within one criterion any value matches
 * (status JOINED or PENDING_REVIEW); different criteria must all match. Joined dates are whole days in {@code zone},
 * {@code to} included.
 */
public record MemberExportFilter(Set<MembershipStatus> statuses, Set<ScreeningMechanism> mechanisms,
                                 Set<UUID> channels, Set<String> tags, Set<UUID> tiers, @Nullable LocalDate from,
                                 @Nullable LocalDate to, @Nullable String query, Sort sort, boolean descending,
                                 ZoneId zone) {

    public static final MemberExportFilter ALL = new MemberExportFilter(Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, null, Sort.NAME, false, ZoneOffset.UTC);

    public MemberExportFilter {
        statuses = Set.copyOf(statuses);
        mechanisms = Set.copyOf(mechanisms);
        channels = Set.copyOf(channels);
        tags = Set.copyOf(tags);
        tiers = Set.copyOf(tiers);
    }

    /** The grid's sortable columns, by the names the export link uses. */
    public enum Sort {
        NAME("member_name"), HANDLE("member_handle"), APPLIED("applied_at"), JOINED("joined_at"),
        ACTIVE("last_active_at"), WARNINGS("warning_count");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}

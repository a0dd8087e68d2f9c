package app.communityops.members;

import java.util.Locale;
import java.util.Optional;

/**
 * The members grid's sort orders, each with its column and its name in URLs (the CSV export's {@code sort}
 * parameter). Name, handle, applied date, joined date and last active are indexed per community, so deep pages seek
 * by keyset; joined date and last active may be empty, and sort last ascending and first descending, as in their
 * indexes. Warnings have no index over every row and page by OFFSET. Health seeks in the score index of the
 * members' health.
 */
public enum MemberSortField {
    NAME("m.member_name", true, false),
    HANDLE("m.member_handle", true, false),
    APPLIED("m.applied_at", true, false),
    JOINED("m.joined_at", true, true),
    ACTIVE("m.last_active_at", true, true),
    WARNINGS("m.warning_count", false, false),
    /**
     * The health score (table member_health, read in the order of member_health_segment_ix). Members not scored yet come last in
     * either direction: the worst or the best scored members are what a user sorting by health looks for.
     */
    HEALTH("h.score", true, true);

    private final String column;
    private final boolean keyset;
    private final boolean nullable;

    MemberSortField(String column, boolean keyset, boolean nullable) {
        this.column = column;
        this.keyset = keyset;
        this.nullable = nullable;
    }

    /** The SQL column; a fixed text, never user input. */
    String column() {
        return column;
    }

    boolean keyset() {
        return keyset;
    }

    /** Whether the column may be empty: a keyset seek must then place the empty values itself. */
    boolean nullable() {
        return nullable;
    }

    /** The name in URLs: name, handle, applied, joined, active, warnings, health. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MemberSortField> fromParameter(String value) {
        for (MemberSortField field : values()) {
            if (field.parameter().equalsIgnoreCase(value)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

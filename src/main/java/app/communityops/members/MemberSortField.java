package app.communityops.members;

import java.util.Locale;
import java.util.Optional;

/**
 * The members grid's sort orders, each with its column and its name in URLs (the CSV export's {@code sort}
 * parameter). Name, handle and applied date are NOT NULL and indexed per community, so deep pages seek by keyset;
 * joined date, last active and warnings page by OFFSET.
 */
public enum MemberSortField {
    NAME("m.member_name", true),
    HANDLE("m.member_handle", true),
    APPLIED("m.applied_at", true),
    JOINED("m.joined_at", false),
    ACTIVE("m.last_active_at", false),
    WARNINGS("m.warning_count", false);

    private final String column;
    private final boolean keyset;

    MemberSortField(String column, boolean keyset) {
        this.column = column;
        this.keyset = keyset;
    }

    /** The SQL column; a fixed text, never user input. */
    String column() {
        return column;
    }

    boolean keyset() {
        return keyset;
    }

    /** The name in URLs: name, handle, applied, joined, active, warnings. */
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

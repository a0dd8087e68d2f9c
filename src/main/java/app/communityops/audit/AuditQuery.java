package app.communityops.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit screen; a null field does not filter. Dates are inclusive and read in {@code zone}, the
 * zone the screen shows times in, so "today" means the reader's today.
 */
public record AuditQuery(@Nullable String actorEmail, @Nullable String entityType, @Nullable LocalDate from,
                         @Nullable LocalDate to, ZoneId zone) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

    /** Dates in UTC. */
    public AuditQuery(@Nullable String actorEmail, @Nullable String entityType, @Nullable LocalDate from,
                      @Nullable LocalDate to) {
        this(actorEmail, entityType, from, to, ZoneOffset.UTC);
    }
}

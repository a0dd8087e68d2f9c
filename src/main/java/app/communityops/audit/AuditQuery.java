package app.communityops.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the audit screen; a null field does not filter. Dates are inclusive, in UTC. */
public record AuditQuery(@Nullable String actorEmail, @Nullable String entityType, @Nullable LocalDate from,
                         @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}

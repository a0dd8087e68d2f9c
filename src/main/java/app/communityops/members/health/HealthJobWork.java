package app.communityops.members.health;

import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** One tenant's share of the member-health job, inside the job's transaction for that tenant. */
@Component
class HealthJobWork {

    /** The daily recompute waits for this tenant time, so the day's last events are rolled up first. */
    static final LocalTime DAILY_AFTER = LocalTime.of(2, 0);

    private final HealthQueries queries;
    private final HealthRecompute recompute;
    private final TenantDirectory tenants;
    private final Clock clock;

    HealthJobWork(HealthQueries queries, HealthRecompute recompute, TenantDirectory tenants, Clock clock) {
        this.queries = queries;
        this.recompute = recompute;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Recomputes when a save asked for it or the tenant's day turned since the last run; answers the run, if any. */
    Optional<HealthRecompute.Result> runIfDue() {
        UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(tenants.zone(tenant)));
        HealthQueries.RunState state = queries.runState();
        boolean newDay = state.computedOn() == null
                || state.computedOn().isBefore(now.toLocalDate()) && !now.toLocalTime().isBefore(DAILY_AFTER);
        if (!state.requested() && !newDay) {
            return Optional.empty();
        }
        return Optional.of(recompute.run());
    }
}

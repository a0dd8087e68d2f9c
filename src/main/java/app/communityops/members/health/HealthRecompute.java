package app.communityops.members.health;

import app.communityops.members.MemberSegmentChanged;
import app.communityops.members.MemberSegmentsChanged;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recompute of one tenant's member health, in the caller's transaction and tenant (the job's, or the demo
 * seeding's): close the months that ended into flows, count and remove the members who left, score every joined
 * membership and write the rows that changed, then publish the segment changes in batches, so automation keeps
 * them in the same transaction. A membership's first score publishes nothing: it did not enter a segment, it was
 * measured for the first time (decision 0047).
 */
@Component
public class HealthRecompute {

    /** Changes per published batch: one batch insert of signals each. */
    static final int BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(HealthRecompute.class);

    /**
     * What one run did: {@code changes} counts the segment changes (first scores included), {@code published} the
     * changes published (first scores left out).
     */
    public record Result(LocalDate day, int departures, int flowRows, int changes, int published) {
    }

    private final HealthQueries queries;
    private final JdbcClient jdbc;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthRecompute(HealthQueries queries, JdbcClient jdbc, TenantDirectory tenants, ApplicationEventPublisher events,
                    Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result run() {
        return runAsOf(clock.instant());
    }

    /**
     * The run as of {@code now}, reading only what had happened by then: the demo replays its history with it and
     * tests move through months.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Result runAsOf(Instant now) {
        UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
        ZoneId zone = tenants.zone(tenant);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate month = today.withDayOfMonth(1);
        HealthSettings settings = queries.settings().orElse(HealthSettings.DEFAULTS);
        long version = queries.runState().version();
        // The scoring groups a month of member-days and the joined memberships by hash: in memory, not on disk.
        jdbc.sql("set local work_mem = '128MB'").update();
        int flowRows = queries.closeMonths(month);
        int departures = queries.removeDepartures(month);
        List<HealthQueries.Change> changes = queries.score(settings, today, now, zone);
        int published = publish(tenant, changes, now);
        queries.markComputed(today, now, version);
        Result result = new Result(today, departures, flowRows, changes.size(), published);
        log.debug("Member health of tenant {}: {}", tenant, result);
        return result;
    }

    private int publish(UUID tenant, List<HealthQueries.Change> changes, Instant now) {
        List<MemberSegmentChanged> batch = new ArrayList<>(BATCH);
        int published = 0;
        for (HealthQueries.Change change : changes) {
            if (change.from() == null) {
                continue;
            }
            batch.add(new MemberSegmentChanged(tenant, change.membershipId(), change.communityId(), change.memberId(),
                    change.from(), change.to(), change.score(), now));
            if (batch.size() == BATCH) {
                events.publishEvent(new MemberSegmentsChanged(batch));
                published += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.publishEvent(new MemberSegmentsChanged(batch));
            published += batch.size();
        }
        return published;
    }
}

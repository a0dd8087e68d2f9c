package app.communityops.activity;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the source text's eight activity types for a tenant that has none yet. In a transaction of its own, so
 * the first reader of the list may be inside a read-only one (the calendar, a report) and still get the seeds.
 */
@Component
class ActivityTypeSeeds {

    /** The seeded types, in list order: four regular (常规), four innovative (创新). */
    static final List<String> REGULAR_SEEDS = List.of("dailyTopic", "weeklySharing", "monthlyMeetup",
            "festivalGreeting");
    static final List<String> INNOVATIVE_SEEDS = List.of("studyTour", "meetTheExpert", "embroideredBall",
            "resourceMatching");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityTypeSeeds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void seed() {
        int position = 1;
        for (String key : REGULAR_SEEDS) {
            insert(key, ActivityKind.REGULAR, position++);
        }
        for (String key : INNOVATIVE_SEEDS) {
            insert(key, ActivityKind.INNOVATIVE, position++);
        }
    }

    private void insert(String key, ActivityKind kind, int position) {
        // Two first readers at once both seed; the unique seed key lets the second insert do nothing.
        jdbc.update("""
                insert into activity_type (tenant_id, id, seed_key, kind, position, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)
                on conflict (tenant_id, seed_key) where seed_key is not null do nothing""",
                Uuids.v7(), key, kind.name(), position, Timestamp.from(clock.instant()));
    }
}

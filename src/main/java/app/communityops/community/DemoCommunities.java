package app.communityops.community;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo tenants' communities and their operators, written in the caller's tenant transaction. */
@Component
public class DemoCommunities {

    private final JdbcTemplate jdbc;
    private final VerticalQueries verticals;
    private final Clock clock;

    DemoCommunities(JdbcTemplate jdbc, VerticalQueries verticals, Clock clock) {
        this.jdbc = jdbc;
        this.verticals = verticals;
        this.clock = clock;
    }

    /**
     * A community of the default vertical {@code verticalSeed} (one of {@code education, retail, saas, finance,
     * other}); the tenant's default verticals are written first if it has none.
     */
    public UUID create(String name, Channel channel, UUID client, CommunityStatus status, int capacity,
                       String description, String verticalSeed) {
        if (verticals.count() == 0) {
            int position = 1;
            for (String key : VerticalSeeds.DEFAULTS) {
                verticals.seed(key, position++, clock.instant());
            }
        }
        UUID vertical = verticals.all().stream().filter(v -> verticalSeed.equals(v.seedKey())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default vertical " + verticalSeed)).id();
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, description,
                                       created_at, version, vertical_id)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                id, name, channel.name(), client, status.name(), capacity, description,
                Timestamp.from(clock.instant()), vertical);
        return id;
    }

    /** Makes the staff user an operator of the community. */
    public void assign(UUID community, UUID user) {
        jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", community, user);
    }
}

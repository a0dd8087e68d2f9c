package app.communityops.tenancy;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo installation's tenants: the only demo code that writes the tenant table. */
@Component
public class DemoTenants {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTenants(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the installation has no tenant yet: the demo seeds its base only then. */
    public boolean none() {
        Integer tenants = jdbc.queryForObject("select count(*) from tenant", Integer.class);
        return tenants == null || tenants == 0;
    }

    /** An active tenant with these plan limits, in its own transaction. */
    public UUID create(String name, int communities, int members, int seats) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into tenant (id, name, status, max_communities, max_members, max_staff_seats, created_at, version)
                values (?, ?, 'ACTIVE', ?, ?, ?, ?, 0)""", id, name, communities, members, seats,
                Timestamp.from(clock.instant()));
        return id;
    }

    /** The tenant of that name, if there is one. */
    public @Nullable UUID named(String name) {
        List<UUID> found = jdbc.queryForList("select id from tenant where name = ?", UUID.class, name);
        return found.isEmpty() ? null : found.getFirst();
    }
}

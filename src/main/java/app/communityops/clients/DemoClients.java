package app.communityops.clients;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo tenants' clients, written in the caller's tenant transaction. */
@Component
public class DemoClients {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoClients(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID create(String name, String contactName, String contactEmail) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into client (tenant_id, id, name, contact_name, contact_email, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)""", id, name, contactName, contactEmail,
                Timestamp.from(clock.instant()));
        return id;
    }
}

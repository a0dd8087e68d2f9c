package app.communityops.community;

import app.communityops.shared.NotNull;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of the tenant's verticals (decision 0033), in the caller's transaction and tenant. No access rules:
 * {@link VerticalService} decides who may do what.
 */
@Component
class VerticalQueries {

    private static final String COLUMNS = "select id, seed_key, name, position, version from community_vertical\n";

    private final JdbcClient jdbc;

    VerticalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VerticalSummary> all() {
        return NotNull.column(jdbc.sql(COLUMNS + "where tenant_id = current_tenant_id() order by position, id")
                .query(VerticalSummary.class).list());
    }

    Optional<VerticalSummary> find(UUID id) {
        return jdbc.sql(COLUMNS + "where tenant_id = current_tenant_id() and id = :id").param("id", id)
                .query(VerticalSummary.class).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from community_vertical where tenant_id = current_tenant_id()")
                .query(Long.class).single();
    }

    /** Whether another entry already has the name (case-insensitive) among the tenant's own names. */
    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from community_vertical
                                       where tenant_id = current_tenant_id() and lower(name) = lower(:name)
                                         and id <> :except)""")
                .param("name", name).param("except", exceptId).query(Boolean.class).single();
    }

    VerticalSummary insert(String name, Instant now) {
        UUID id = Uuids.v7();
        jdbc.sql("""
                        insert into community_vertical (tenant_id, id, seed_key, name, position, created_at, version)
                        values (current_tenant_id(), :id, null, :name,
                                (select coalesce(max(position), 0) + 1 from community_vertical
                                 where tenant_id = current_tenant_id()), :now, 0)""")
                .param("id", id).param("name", name).param("now", Timestamp.from(now)).update();
        return find(id).orElseThrow();
    }

    /** Two first readers at once both seed; the unique seed key lets the second insert do nothing. */
    void seed(String seedKey, int position, Instant now) {
        jdbc.sql("""
                        insert into community_vertical (tenant_id, id, seed_key, name, position, created_at, version)
                        values (current_tenant_id(), :id, :seed, null, :position, :now, 0)
                        on conflict (tenant_id, seed_key) where seed_key is not null do nothing""")
                .param("id", Uuids.v7()).param("seed", seedKey).param("position", position)
                .param("now", Timestamp.from(now)).update();
    }

    /** Renames the entry if it is still at {@code version}; false when someone changed it meanwhile. */
    boolean rename(UUID id, long version, String name) {
        return jdbc.sql("""
                        update community_vertical set name = :name, version = version + 1
                        where tenant_id = current_tenant_id() and id = :id and version = :version""")
                .param("name", name).param("id", id).param("version", version).update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("delete from community_vertical where tenant_id = current_tenant_id() and id = :id")
                .param("id", id).update();
    }

    /** How many communities (archived ones too) each vertical has; verticals without any are absent. */
    Map<UUID, Long> usage() {
        Map<UUID, Long> usage = new HashMap<>();
        jdbc.sql("""
                        select vertical_id, count(*) as communities from community
                        where tenant_id = current_tenant_id() and vertical_id is not null group by vertical_id""")
                .query((rs, row) -> usage.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return usage;
    }

    /** Moves every community of one vertical to another; each moved community's version moves too. */
    int moveCommunities(UUID from, UUID to) {
        return jdbc.sql("""
                        update community set vertical_id = :to, version = version + 1
                        where tenant_id = current_tenant_id() and vertical_id = :from""")
                .param("from", from).param("to", to).update();
    }
}

package app.communityops.engagement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes accepted events set-based, in the caller's transaction: COPY into a temporary staging table (COPY cannot
 * write to a table under row-level security), then one statement that claims the event keys and inserts the
 * events through the partitioned parent, where the tenant policy checks every row.
 */
@Component
class EventWriter {

    record Written(int written, Set<Integer> acceptedKeyed) {
    }

    private static final String STAGE = """
            create temp table if not exists engagement_stage (
                seq integer, id uuid, occurred_at timestamptz, member_id uuid, type varchar(24),
                custom_type varchar(60), event_key varchar(120), content_ref varchar(120), activity_ref varchar(120),
                properties jsonb
            ) on commit delete rows""";

    private static final String INSERT_COLUMNS = "tenant_id, id, occurred_at, community_id, member_id, type,"
            + " custom_type, source, event_key, content_ref, activity_ref, properties, created_at";
    private static final String SELECT_COLUMNS = "current_tenant_id(), s.id, s.occurred_at, ?, s.member_id, s.type,"
            + " s.custom_type, ?, s.event_key, s.content_ref, s.activity_ref, s.properties, ?";

    private static final String KEYED = """
            with firsts as (
                select distinct on (event_key) seq, event_key, occurred_at from engagement_stage
                where event_key is not null order by event_key, seq),
            fresh as (
                insert into engagement_event_key (tenant_id, source, event_key, occurred_at, created_at)
                select current_tenant_id(), ?, event_key, occurred_at, ? from firsts
                on conflict do nothing returning event_key),
            accepted as (select f.seq from firsts f join fresh using (event_key)),
            written as (
                insert into engagement_event (%s)
                select %s from engagement_stage s
                where s.event_key is null or s.seq in (select seq from accepted)
                returning 1)
            select (select count(*) from written), array(select seq from accepted)"""
            .formatted(INSERT_COLUMNS, SELECT_COLUMNS);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    EventWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Written write(UUID communityId, String source, List<ResolvedEvent> events, Instant now) {
        if (events.isEmpty()) {
            return new Written(0, Set.of());
        }
        EventCopyRows rows = new EventCopyRows();
        boolean keyed = false;
        for (ResolvedEvent event : events) {
            rows.add(event);
            keyed |= event.input().eventKey() != null;
        }
        jdbc.execute(STAGE);
        copy(rows.bytes());
        Timestamp created = Timestamp.from(now);
        if (!keyed) {
            int written = jdbc.update("insert into engagement_event (" + INSERT_COLUMNS + ") select " + SELECT_COLUMNS
                    + " from engagement_stage s", communityId, source, created);
            jdbc.update("delete from engagement_stage");
            return new Written(written, Set.of());
        }
        Written result = jdbc.queryForObject(KEYED, (rs, row) -> new Written(rs.getInt(1), seqs(rs.getArray(2))),
                source, created, communityId, source, created);
        jdbc.update("delete from engagement_stage");
        return result;
    }

    private void copy(byte[] data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy engagement_stage (" + EventCopyRows.COLUMNS + ") from stdin",
                            new ByteArrayInputStream(data));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy events into the staging table", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Set<Integer> seqs(Array array) throws SQLException {
        Set<Integer> seqs = new HashSet<>();
        for (Object value : (Object[]) array.getArray()) {
            seqs.add(((Number) value).intValue());
        }
        return seqs;
    }
}

package app.communityops.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Planned activities starting within a window, in the caller's transaction. */
@Component
class UpcomingActivityQueries {

    private final JdbcClient jdbc;

    UpcomingActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UpcomingActivity> startingBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select id, community_id, title, starts_at from activity
                        where status = 'PLANNED' and starts_at > :from and starts_at <= :to
                        order by starts_at, id limit :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, row) -> new UpcomingActivity(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}

package app.communityops.screening;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements of the daily waiting-applications notice (decision 0033), in the caller's transaction and tenant. */
@Component
class WaitingApplicationQueries {

    /** A community with applications waiting: how many, and when the oldest arrived. */
    record Waiting(UUID communityId, String communityName, int count, Instant oldest) {
    }

    private final JdbcClient jdbc;

    WaitingApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Waiting> waiting() {
        return jdbc.sql("""
                        select ms.community_id, c.name, count(*), min(ms.applied_at)
                        from membership ms
                        join community c on c.tenant_id = ms.tenant_id and c.id = ms.community_id
                        where ms.status = 'PENDING_REVIEW'
                        group by ms.community_id, c.name order by c.name, ms.community_id""")
                .query((rs, row) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Whether this call is the first of the day for the community (it then owns the notice). */
    boolean claim(UUID communityId, LocalDate day, int waiting, Instant now) {
        return jdbc.sql("""
                        insert into screening_waiting_notice (community_id, day, waiting, created_at)
                        values (:community, :day, :waiting, :now) on conflict do nothing""")
                .param("community", communityId)
                .param("day", Date.valueOf(day))
                .param("waiting", waiting)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }
}

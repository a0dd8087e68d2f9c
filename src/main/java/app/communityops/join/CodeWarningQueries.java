package app.communityops.join;

import app.communityops.shared.NotNull;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The group codes' warnings, each claimed by the statement that finds it: the mark is set on the rows it covers, so
 * a rerun, or the job on a second node waiting on the same rows, finds nothing left to tell.
 */
@Component
class CodeWarningQueries {

    /** A code to warn of: it is still handed out and expires on {@code expiresOn}. */
    record Expiring(UUID communityId, String label, LocalDate expiresOn) {
    }

    private final JdbcClient jdbc;

    CodeWarningQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Valid codes expiring by {@code lastDay}, not warned of yet. A full or retired code is handed out no more, so its
     * expiry matters to no one.
     */
    List<Expiring> claimExpiring(LocalDate today, LocalDate lastDay) {
        return jdbc.sql("""
                        update join_group_code set expiry_warned_on = ?
                        where expiry_warned_on is null and retired_at is null and handed_out < capacity
                          and expires_on between ? and ?
                        returning community_id, label, expires_on""")
                .params(Date.valueOf(today), Date.valueOf(today), Date.valueOf(lastDay))
                .query((rs, row) -> new Expiring(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3).toLocalDate()))
                .list();
    }

    /**
     * The communities that have codes but none valid (not retired, not expired, not full), once per running out:
     * every code the warning covers is marked, and a code added later is not, so its running out is told again.
     */
    List<UUID> claimNoneLeft(LocalDate today, Instant now) {
        return NotNull.column(jdbc.sql("""
                        update join_group_code c set none_left_warned_at = ?
                        where c.none_left_warned_at is null
                          and not exists (select 1 from join_group_code v
                                          where v.tenant_id = c.tenant_id and v.community_id = c.community_id
                                            and v.retired_at is null and v.expires_on >= ?
                                            and v.handed_out < v.capacity)
                        returning c.community_id""")
                .params(Timestamp.from(now), Date.valueOf(today))
                .query(UUID.class).list()).stream().distinct().sorted().toList();
    }
}

package app.communityops.tool;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tools not cancelled whose renewal falls within a date range, in the caller's transaction. */
@Component
class DueRenewalQueries {

    private final JdbcClient jdbc;

    DueRenewalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DueRenewal> renewalsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select t.id, t.name, t.renewal_date,
                               coalesce(array_agg(c.community_id) filter (where c.community_id is not null), '{}')
                        from tool t left join tool_community c on c.tool_id = t.id
                        where t.status <> 'CANCELLED' and t.renewal_date between :from and :to
                        group by t.id, t.name, t.renewal_date order by t.renewal_date, t.id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, row) -> {
                    Array communities = rs.getArray(4);
                    return new DueRenewal(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getDate(3).toLocalDate(), Set.of((UUID[]) communities.getArray()));
                })
                .list();
    }
}

package app.communityops.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Unpublished content items due within a window, per community, in the caller's transaction. */
@Component
class DueContentQueries {

    private final JdbcClient jdbc;

    DueContentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DueContent> dueBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select i.id, c.community_id, i.title, i.status, i.publish_at
                        from content_item i join content_item_community c on c.content_id = i.id
                        where i.status in ('IDEA', 'DRAFT', 'IN_REVIEW', 'SCHEDULED')
                          and i.publish_at > :from and i.publish_at <= :to
                        order by i.publish_at, i.id, c.community_id limit :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, row) -> new DueContent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), ContentStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }
}

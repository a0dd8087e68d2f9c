package app.communityops.join;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The join_link rows, with the counts of what came through each. */
@Component
class LinkQueries {

    /** What a public request learns from a token: the link, its tenant and community, and whether it is live. */
    record Found(UUID tenantId, UUID linkId, UUID communityId, @Nullable UUID channelId, boolean archived) {
    }

    private static final String COLUMNS = """
            select l.id, l.community_id, l.token, l.channel_id, l.campaign, l.created_at, l.archived_at is not null,
                   count(a.id), count(a.id) filter (where a.outcome = 'APPROVED'),
                   count(a.id) filter (where a.joined_at is not null)
            from join_link l left join join_application a on a.tenant_id = l.tenant_id and a.link_id = l.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LinkQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<JoinLinkDetails> of(UUID communityId) {
        return jdbc.sql(COLUMNS + " where l.community_id = ? group by l.tenant_id, l.id order by l.archived_at nulls first, "
                + "l.created_at").param(communityId).query(LinkQueries::details).list();
    }

    Optional<JoinLinkDetails> find(UUID linkId) {
        return jdbc.sql(COLUMNS + " where l.id = ? group by l.tenant_id, l.id").param(linkId).query(LinkQueries::details)
                .optional();
    }

    /** Each link with what came through it in [start, end); archived ones only when something did. */
    List<JoinLinkFigures.Link> figures(UUID communityId, Instant start, Instant end) {
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(end);
        return jdbc.sql("""
                        select l.id, l.campaign, l.channel_id, l.archived_at is not null,
                               count(a.id) filter (where a.created_at >= :from and a.created_at < :to),
                               count(a.id) filter (where a.outcome = 'APPROVED' and a.decided_at >= :from
                                                     and a.decided_at < :to),
                               count(a.id) filter (where a.joined_at >= :from and a.joined_at < :to)
                        from join_link l left join join_application a on a.tenant_id = l.tenant_id and a.link_id = l.id
                        where l.community_id = :community
                        group by l.tenant_id, l.id order by l.archived_at nulls first, l.created_at""")
                .param("from", from).param("to", to).param("community", communityId)
                .query((rs, row) -> new JoinLinkFigures.Link(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), null, rs.getBoolean(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7)))
                .list().stream()
                .filter(link -> !link.archived() || link.applications() + link.approved() + link.joined() > 0)
                .toList();
    }

    void insert(UUID id, UUID communityId, String token, @Nullable UUID channelId, @Nullable String campaign,
                Instant now) {
        template.update("""
                        insert into join_link (tenant_id, id, community_id, token, channel_id, campaign, created_at)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?)""",
                id, communityId, token, channelId, campaign, Timestamp.from(now));
    }

    boolean archive(UUID linkId, Instant now) {
        return jdbc.sql("update join_link set archived_at = ? where id = ? and archived_at is null")
                .params(Timestamp.from(now), linkId).update() == 1;
    }

    /**
     * Before any tenant is known: the token is named in a transaction-local setting that the join_link_lookup
     * policy compares, so this reads that one row or none (decision 0002, as for unsubscribe links).
     */
    Optional<Found> byToken(String token) {
        jdbc.sql("select set_config('app.join_token', ?, true)").param(token).query(String.class).single();
        return jdbc.sql("""
                        select tenant_id, id, community_id, channel_id, archived_at is not null from join_link
                        where token = ?""").param(token)
                .query((rs, row) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getBoolean(5)))
                .optional();
    }

    private static JoinLinkDetails details(ResultSet rs, int row) throws SQLException {
        return new JoinLinkDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), null, rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
    }
}

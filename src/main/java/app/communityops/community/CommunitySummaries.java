package app.communityops.community;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The communities a reader may see, as summaries, each read in one statement. Every service call checks the reader's
 * access to its community first, so this runs many times per page: through JPA it was a query Hibernate translates
 * anew each time (no plan is cached while the tenant filter is on) plus a second one for the operators. The scope
 * is the same as the entities' (the tenant, by its own condition and by row-level security; then the reader's
 * role), and the service decides which scope applies.
 */
@Component
class CommunitySummaries {

    private static final String COLUMNS = """
            select c.id, c.name, c.channel, c.client_id, c.status, c.member_capacity, c.description, c.version,
                   c.vertical_id,
                   array(select o.user_id from community_operator o
                         where o.tenant_id = c.tenant_id and o.community_id = c.id order by o.user_id) as operators
            from community c
            where c.tenant_id = current_tenant_id()
            """;

    /** Who is reading: everyone of the tenant, one client's communities, or one operator's. */
    record Scope(boolean all, @Nullable UUID clientId, @Nullable UUID operatorId) {

        static Scope everything() {
            return new Scope(true, null, null);
        }

        static Scope client(UUID clientId) {
            return new Scope(false, clientId, null);
        }

        static Scope operator(UUID userId) {
            return new Scope(false, null, userId);
        }
    }

    private static final String IN_SCOPE = """
              and (? or c.client_id = ? or exists (select 1 from community_operator a
                                                   where a.tenant_id = c.tenant_id and a.community_id = c.id
                                                     and a.user_id = ?))
            """;

    private final JdbcTemplate jdbc;

    CommunitySummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommunitySummary> find(UUID id, Scope scope) {
        return jdbc.query(COLUMNS + "  and c.id = ?\n" + IN_SCOPE, CommunitySummaries::summary, id, scope.all(),
                scope.clientId(), scope.operatorId()).stream().findFirst();
    }

    List<CommunitySummary> all(Scope scope) {
        return jdbc.query(COLUMNS + IN_SCOPE + "order by c.name", CommunitySummaries::summary, scope.all(),
                scope.clientId(), scope.operatorId());
    }

    /** Every active community of the tenant that has a vertical, whoever reads: only for anonymous peer bands. */
    List<PeerCommunity> comparables() {
        return jdbc.query("""
                select c.id, c.client_id, c.channel, c.vertical_id from community c
                where c.tenant_id = current_tenant_id() and c.status = 'ACTIVE' and c.vertical_id is not null
                order by c.id""", (row, number) -> new PeerCommunity(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), Channel.valueOf(row.getString(3)), row.getObject(4, UUID.class)));
    }

    private static CommunitySummary summary(ResultSet row, int number) throws SQLException {
        Integer capacity = row.getObject("member_capacity", Integer.class);
        Array operators = row.getArray("operators");
        return new CommunitySummary(row.getObject("id", UUID.class), row.getString("name"),
                Channel.valueOf(row.getString("channel")), row.getObject("client_id", UUID.class),
                CommunityStatus.valueOf(row.getString("status")), capacity, row.getString("description"),
                Set.of((UUID[]) operators.getArray()), row.getLong("version"),
                row.getObject("vertical_id", UUID.class));
    }
}

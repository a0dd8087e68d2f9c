package app.communityops.engagement;

import app.communityops.shared.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way tests write engagement events straight into {@code engagement_event} (at chosen instants, without the
 * ingest's checks): one at a time for the KPI tests, and in bulk, as one set-based statement, for the benchmarks
 * and the load data. A change to the table is made here once; each benchmark says only how its sessions map to
 * members, communities and days.
 */
@Component
public class EngagementTestData {

    /**
     * How a benchmark spreads its sessions: SQL expressions over the session number {@code s} (and, for the
     * community and the day, the member number {@code m.g}); each may hold {@code ?} parameters.
     *
     * @param sessions the {@code generate_series} bounds of the session numbers, e.g. {@code "0, ? - 1"}
     * @param member   a query of one row and column {@code g}: the member number of session {@code s}
     * @param community the community's id, from the member number {@code m.g}
     * @param day      the session's start, from {@code s} and {@code m.g}
     */
    public record Sessions(String sessions, String member, String community, String day) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    EngagementTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * One event of the member in the community, of source "test", that {@code arrived} at the given instant; in the
     * caller's transaction if there is one.
     */
    public void event(UUID tenantId, UUID community, UUID member, EngagementType type, @Nullable String customType,
                      Instant occurred, Instant arrived) {
        TenantContext.callAs(tenantId, () -> transactions.execute(status -> jdbc.update("""
                insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, custom_type,
                                              source, created_at, version)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?, ?, 'test', ?, 0)""",
                Timestamp.from(occurred), community, member, type.name(), customType, Timestamp.from(arrived))));
    }

    /**
     * The statement for session-shaped events: session {@code s} of member {@code m.g} has 1 to 7 events a minute
     * apart from its start, of the usual mix of types, with ids {@code md5(seed || 'event' || s || '-' || k)} and
     * members {@code md5(seed || 'member' || g)}. Its parameters, in order: the seed, the community expression's,
     * the seed again, the session bounds', the member expression's, the day expression's.
     */
    public static String sessionEvents(String source, Sessions shape) {
        if (!source.matches("[a-z]+")) {
            throw new IllegalArgumentException("source must be a plain word: " + source);
        }
        return """
                insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, source,
                                              created_at, version)
                select current_tenant_id(), md5(? || 'event' || s || '-' || k)::uuid, x.at,
                       %s, md5(? || 'member' || m.g)::uuid,
                       (array['MESSAGE_POSTED','MESSAGE_POSTED','REPLY','REACTION','REACTION','CONTENT_VIEWED','CHECK_IN',
                              'ACTIVITY_ATTENDED'])[1 + (s + k) %% 8], '%s', x.at, 0
                from generate_series(%s) s
                cross join lateral (%s) m
                cross join lateral (select %s as day_at) d
                cross join lateral generate_series(1, 1 + s %% 7) k
                cross join lateral (select d.day_at + (k * 60 || ' seconds')::interval as at) x"""
                .formatted(shape.community(), source, shape.sessions(), shape.member(), shape.day());
    }

    /**
     * The KPI benchmark's 30,000 late events of one day 40 days ago (ids {@code md5(run || 'late' || g)}, source
     * "bench-late"): event g is in community {@code g mod communities}, of a member {@code md5(seed || 'member' || k)}
     * of that community (the KPI benchmark puts member k in community {@code k mod communities}); they arrive now.
     * In the caller's transaction and tenant.
     */
    public static int kpiBenchLateEvents(JdbcOperations jdbc, String run, String seed, int communities, int members) {
        return jdbc.update("""
                insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, source,
                                              created_at, version)
                select current_tenant_id(), md5(? || 'late' || g)::uuid,
                       date_trunc('day', now()) - interval '40 days' + ((g % 40000) || ' seconds')::interval,
                       md5(? || 'community' || (g % ?))::uuid, md5(? || 'member' || ((g::bigint * 7919) % ? / ? * ?
                           + g % ?))::uuid, 'REACTION', 'bench-late', now(), 0
                from generate_series(0, 29999) g""", run, seed, communities, seed, members, communities, communities,
                communities);
    }
}

package app.communityops.members;

import app.communityops.shared.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' health rows for tests, written straight to member_health and member_health_flow of one tenant (through
 * RLS, as the app role), as the daily recompute would leave them. Tests of other features (the dashboard's panels)
 * use it too.
 */
@Component
public class MemberHealthTestData {

    /** Fixed, so tests read "as of" the same time whatever day they run. */
    public static final Instant COMPUTED_AT = Instant.parse("2026-12-06T03:00:00Z");

    /** A membership's health; the month defaults to the running month of the test's clock. */
    public record Score(int score, HealthSegment segment, LocalDate since, @Nullable HealthSegment monthStart,
                       List<HealthFactor> factors, List<Integer> trend) {

        public static Score of(int score, HealthSegment segment) {
            return new Score(score, segment, LocalDate.parse("2026-11-20"), segment, List.of(), List.of());
        }

        public Score since(LocalDate value) {
            return new Score(score, segment, value, monthStart, factors, trend);
        }

        public Score monthStart(@Nullable HealthSegment value) {
            return new Score(score, segment, since, value, factors, trend);
        }

        public Score factors(HealthFactor... values) {
            return new Score(score, segment, since, monthStart, List.of(values), trend);
        }

        public Score trend(Integer... values) {
            return new Score(score, segment, since, monthStart, factors, List.of(values));
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MemberHealthTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public static HealthFactor factor(HealthFactorKind kind, int value, @Nullable Integer of, int points) {
        return new HealthFactor(kind, value, of, points);
    }

    /** Writes (or rewrites) the membership's health for the month. */
    public void score(UUID tenantId, UUID membershipId, YearMonth month, Score score) {
        inTenant(tenantId, () -> jdbc.update("""
                        insert into member_health (tenant_id, membership_id, community_id, member_id, score, segment,
                                                   factors, segment_since, month, month_start_segment, trend,
                                                   computed_at)
                        select m.tenant_id, m.id, m.community_id, m.member_id, ?, ?, ?::jsonb, ?, ?, ?, ?::smallint[], ?
                        from membership m where m.id = ?
                        on conflict (tenant_id, membership_id) do update set score = excluded.score,
                            segment = excluded.segment, factors = excluded.factors,
                            segment_since = excluded.segment_since, month = excluded.month,
                            month_start_segment = excluded.month_start_segment, trend = excluded.trend,
                            computed_at = excluded.computed_at""",
                score.score(), score.segment().name(), json(score.factors()), score.since(), month.atDay(1),
                score.monthStart() == null ? null : score.monthStart().name(),
                "{" + score.trend().stream().map(String::valueOf).collect(Collectors.joining(",")) + "}",
                Timestamp.from(COMPUTED_AT), membershipId));
    }

    /** Writes the health of the member's membership of the community. */
    public void scoreMember(UUID tenantId, UUID communityId, UUID memberId, YearMonth month, Score score) {
        UUID membership = inTenant(tenantId, () -> jdbc.queryForObject(
                "select id from membership where community_id = ? and member_id = ?", UUID.class, communityId,
                memberId));
        score(tenantId, membership, month, score);
    }

    /** Marks every score of the community as computed at {@code at}, as a new daily run leaves them. */
    public void computedAt(UUID tenantId, UUID communityId, Instant at) {
        inTenant(tenantId, () -> jdbc.update("update member_health set computed_at = ? where community_id = ?",
                Timestamp.from(at), communityId));
    }

    /** A closed month's flow; null segments stand for NONE (joined during the month) and GONE (left). */
    public void flow(UUID tenantId, UUID communityId, YearMonth month, @Nullable HealthSegment from,
                     @Nullable HealthSegment to, int members) {
        inTenant(tenantId, () -> jdbc.update("""
                        insert into member_health_flow (tenant_id, community_id, month, from_segment, to_segment,
                                                        members)
                        values (current_tenant_id(), ?, ?, ?, ?, ?)""",
                communityId, month.atDay(1), from == null ? "NONE" : from.name(), to == null ? "GONE" : to.name(),
                members));
    }

    /**
     * Scores every joined membership of a community from its id's hash, for the benchmarks: a score of 0-100, the
     * segment its score falls in, in the caller's transaction and tenant.
     */
    public static int bulkScores(JdbcOperations jdbc, UUID communityId, YearMonth month) {
        return jdbc.update(BULK_SCORES + " and m.community_id = ?", month.atDay(1), month.atDay(1), communityId);
    }

    /** As {@link #bulkScores}, for every joined membership of the caller's tenant. */
    public static int bulkScoresAll(JdbcOperations jdbc, YearMonth month) {
        return jdbc.update(BULK_SCORES, month.atDay(1), month.atDay(1));
    }

    private static final String BULK_SCORES = """
                insert into member_health (tenant_id, membership_id, community_id, member_id, score, segment,
                                           factors, segment_since, month, month_start_segment, trend, computed_at)
                select m.tenant_id, m.id, m.community_id, m.member_id, s.score,
                       case when s.score >= 80 then 'CHAMPION' when s.score >= 60 then 'STEADY'
                            when s.score >= 40 then 'AT_RISK' when s.score >= 20 then 'SLIPPING' else 'DORMANT' end,
                       '[]'::jsonb, ?, ?, null, '{}', now()
                from membership m
                cross join lateral (select abs(hashtext(m.id::text)) % 101 as score) s
                where m.status = 'JOINED'""";

    private static String json(List<HealthFactor> factors) {
        return factors.stream().map(factor -> "{\"kind\":\"" + factor.kind().name() + "\",\"value\":" + factor.value()
                + ",\"of\":" + factor.of() + ",\"points\":" + factor.points() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private <T> T inTenant(UUID tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}

package app.communityops.members;

import static app.communityops.members.HealthFactorKind.ACTIVE_DAYS;
import static app.communityops.members.HealthFactorKind.ATTENDED;
import static app.communityops.members.HealthFactorKind.CONTENT_INTERACTIONS;
import static app.communityops.members.HealthFactorKind.ENGAGEMENT_KINDS;
import static app.communityops.members.HealthFactorKind.PURCHASES;
import static app.communityops.members.HealthFactorKind.SILENT_DAYS;

import app.communityops.shared.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
        Object[] figures = figures(score.factors());
        List<Object> args = new ArrayList<>(List.of(score.score(), score.segment().name(), score.since(),
                month.atDay(1)));
        args.add(score.monthStart() == null ? null : score.monthStart().name());
        args.add("{" + score.trend().stream().map(String::valueOf).collect(Collectors.joining(",")) + "}");
        args.add(Timestamp.from(COMPUTED_AT));
        args.addAll(java.util.Arrays.asList(figures));
        args.add(membershipId);
        inTenant(tenantId, () -> jdbc.update("""
                        insert into member_health (tenant_id, membership_id, community_id, member_id, score, segment,
                                                   segment_since, month, month_start_segment, trend, computed_at,
                                                   silent_days, recency_points, active_days, frequency_points,
                                                   engagement_kinds, breadth_points, activities_offered,
                                                   activities_attended, attendance_points, content_days,
                                                   content_points, paid_orders, purchase_points, warnings, red_lines,
                                                   joined_days_ago)
                        select m.tenant_id, m.id, m.community_id, m.member_id, ?, ?, ?, ?, ?, ?::smallint[], ?,
                               ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        from membership m where m.id = ?
                        on conflict (tenant_id, membership_id) do update set score = excluded.score,
                            segment = excluded.segment, segment_since = excluded.segment_since,
                            month = excluded.month, month_start_segment = excluded.month_start_segment,
                            trend = excluded.trend, computed_at = excluded.computed_at,
                            silent_days = excluded.silent_days, recency_points = excluded.recency_points,
                            active_days = excluded.active_days, frequency_points = excluded.frequency_points,
                            engagement_kinds = excluded.engagement_kinds, breadth_points = excluded.breadth_points,
                            activities_offered = excluded.activities_offered,
                            activities_attended = excluded.activities_attended,
                            attendance_points = excluded.attendance_points, content_days = excluded.content_days,
                            content_points = excluded.content_points, paid_orders = excluded.paid_orders,
                            purchase_points = excluded.purchase_points, warnings = excluded.warnings,
                            red_lines = excluded.red_lines, joined_days_ago = excluded.joined_days_ago""",
                args.toArray()));
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
                                           segment_since, month, month_start_segment, trend, computed_at)
                select m.tenant_id, m.id, m.community_id, m.member_id, s.score,
                       case when s.score >= 80 then 'CHAMPION' when s.score >= 60 then 'STEADY'
                            when s.score >= 40 then 'AT_RISK' when s.score >= 20 then 'SLIPPING' else 'DORMANT' end,
                       ?, ?, null, '{}', now()
                from membership m
                cross join lateral (select abs(hashtext(m.id::text)) % 101 as score) s
                where m.status = 'JOINED'""";

    /**
     * The figure columns of member_health (in the order of {@code HealthFigures.columns}) that hold {@code factors},
     * whose points are pulls on the score as the panels read them: the columns keep the points added, so each pull
     * gets its full marks back. A factor not given has figure 0 and full marks (no pull); the days since joining null.
     */
    private static Object[] figures(List<HealthFactor> factors) {
        boolean attendance = factors.stream().anyMatch(factor -> factor.kind() == HealthFactorKind.ATTENDED);
        Object[] values = {0, full(SILENT_DAYS, attendance), 0, full(ACTIVE_DAYS, attendance), 0,
            full(ENGAGEMENT_KINDS, attendance), 0, 0, full(ATTENDED, attendance), 0,
            full(CONTENT_INTERACTIONS, attendance), 0, full(PURCHASES, attendance), 0, 0, null};
        for (HealthFactor factor : factors) {
            int added = factor.points() + full(factor.kind(), attendance);
            switch (factor.kind()) {
                case SILENT_DAYS -> set(values, 0, factor.value(), added);
                case ACTIVE_DAYS -> set(values, 2, factor.value(), added);
                case ENGAGEMENT_KINDS -> set(values, 4, factor.value(), added);
                case ATTENDED -> {
                    values[6] = factor.of() == null ? 0 : factor.of();
                    set(values, 7, factor.value(), added);
                }
                case CONTENT_INTERACTIONS -> set(values, 9, factor.value(), added);
                case PURCHASES -> set(values, 11, factor.value(), added);
                case WARNINGS -> values[13] = factor.value();
                case RED_LINES -> values[14] = factor.value();
                case JOINED_DAYS_AGO -> values[15] = factor.value();
            }
        }
        return values;
    }

    private static int full(HealthFactorKind kind, boolean attendance) {
        return HealthFigures.fullMarks(kind, attendance);
    }

    private static void set(Object[] values, int at, int value, int points) {
        values[at] = value;
        values[at + 1] = points;
    }

    private <T> T inTenant(UUID tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}

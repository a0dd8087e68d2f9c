package app.communityops.kpi;

import app.communityops.engagement.EngagementDemoData;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency's active communities the source text's business logic (an online career-education
 * community) and targets for this month and quarter, plus three months of engagement events for their members so
 * the KPIs and rollups show something, and target trees for this month and the last. Each part runs once: a
 * tenant with a canvas keeps its canvas and targets, one with target trees keeps its trees. Repeatable.
 */
@Component
public class KpiDemoData {

    private static final Logger log = LoggerFactory.getLogger(KpiDemoData.class);
    private static final Map<Kpi, String> MONTH_TARGETS = Map.of(Kpi.MEMBERS_NEW, "20", Kpi.ACTIVATION_RATE, "60",
            Kpi.FIRST_PURCHASE_RATE, "15", Kpi.REPURCHASE_RATE, "30", Kpi.POSITIVE_REVIEW_RATE, "85",
            Kpi.CHURN_RATE, "5", Kpi.MAU, "40");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Rollups rollups;
    private final EngagementDemoData engagement;
    private final Clock clock;

    KpiDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Rollups rollups,
                EngagementDemoData engagement, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rollups = rollups;
        this.engagement = engagement;
        this.clock = clock;
    }

    /** Seeds canvases, targets and rollups once; a tenant with a canvas is left alone. */
    public void seedTenant(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            Integer canvases = jdbc.queryForObject("select count(*) from kpi_canvas", Integer.class);
            if (canvases == null || canvases == 0) {
                ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from tenant where id = ?", String.class,
                        tenantId));
                LocalDate today = LocalDate.now(clock.withZone(zone));
                seed(today);
                engagement.ninetyDaysForKpis(today);
                RollupResult rolled = rollups.rebuild(zone, clock.instant());
                log.info("Demo business logic, KPI targets and {} days of engagement created", rolled.days());
            }
            Integer trees = jdbc.queryForObject("select count(*) from kpi_target_tree", Integer.class);
            if (trees == null || trees == 0) {
                ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from tenant where id = ?", String.class,
                        tenantId));
                int seeded = seedTrees(KpiPeriod.of(PeriodKind.MONTH, LocalDate.now(clock.withZone(zone))));
                log.info("Demo target trees created for {} communities", seeded);
            }
        }));
    }

    /**
     * A target tree for this month and the last one in each community that has this month's targets: the goal
     * owned by a tenant admin, the drivers by the community's first operator. The drivers follow the KPI targets
     * (20 new members, 60 % activation, 15 % first purchases) and the bootcamp's price; the second community's goal
     * is set above what its drivers imply, so the demo shows the disagreement flagged.
     */
    private int seedTrees(KpiPeriod month) {
        List<UUID> communities = NotNull.column(jdbc.queryForList("""
                select distinct community_id from kpi_target
                where period_kind = 'MONTH' and period_start = ? order by community_id""", UUID.class,
                Date.valueOf(month.start())));
        List<UUID> admins = NotNull.column(jdbc.queryForList(
                "select id from user_account where role = 'TENANT_ADMIN' and enabled order by created_at, id",
                UUID.class));
        if (admins.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int index = 0;
        for (UUID community : communities) {
            List<UUID> operators = NotNull.column(jdbc.queryForList("""
                    select o.user_id from community_operator o join user_account u on u.id = o.user_id
                    where o.community_id = ? and u.enabled order by u.display_name""", UUID.class, community));
            UUID owner = operators.isEmpty() ? admins.getFirst() : operators.getFirst();
            BigDecimal goal = new BigDecimal(index++ == 1 ? "3000" : "2040");
            for (KpiPeriod period : List.of(month.previous(), month)) {
                jdbc.update("""
                        insert into kpi_target_tree (tenant_id, community_id, period_kind, period_start, currency,
                            revenue_target, revenue_owner, new_members_target, new_members_owner,
                            activation_rate_target, activation_rate_owner, first_purchase_rate_target,
                            first_purchase_rate_owner, first_order_value_target, first_order_value_owner,
                            repurchase_revenue_target, repurchase_revenue_owner, created_at, updated_at, version)
                        select current_tenant_id(), community_id, ?, ?, currency, ?, ?, 20, ?, 60, ?, 15, ?, 299, ?,
                               1500, ?, ?, ?, 0
                        from kpi_canvas where community_id = ?""",
                        period.kind().name(), Date.valueOf(period.start()), goal, admins.getFirst(), owner, owner,
                        owner, owner, owner, now, now, community);
            }
        }
        return communities.size();
    }

    private void seed(LocalDate today) {
        List<UUID> communities = NotNull.column(
                jdbc.queryForList("select id from community where status = 'ACTIVE' order by name",
                UUID.class));
        Timestamp now = Timestamp.from(clock.instant());
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, today);
        KpiPeriod quarter = KpiPeriod.of(PeriodKind.QUARTER, today);
        for (UUID community : communities) {
            jdbc.update("""
                    insert into kpi_canvas (tenant_id, community_id, founder_resources, target_users, problem_solved,
                        value_provided, monetisation, core_goal, kpi_breakdown, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", community,
                    "十年互联网大厂招聘经验，HR 与面试官资源 / Ten years of hiring at large internet companies; a network of HRs and interviewers",
                    "想进入或转行互联网行业的应届生与职场新人 / Graduates and early-career people moving into internet jobs",
                    "不知道如何准备简历和面试，信息不对称 / Not knowing how to prepare CVs and interviews; no insider information",
                    "面试真题、模拟面试、内推机会与同伴支持 / Real interview questions, mock interviews, referrals and peer support",
                    "训练营课程、1对1模拟面试、专家咨询 / Bootcamp course, 1-on-1 mock interviews, expert consulting",
                    "课程销售额与好评率 / Course sales and satisfaction",
                    "课程购买率 = 首购率 + 复购率；好评率 / Course purchase rate = first purchase + repurchase; positive-review rate",
                    now);
            for (Map.Entry<Kpi, String> target : MONTH_TARGETS.entrySet()) {
                target(community, month, target.getKey(), new BigDecimal(target.getValue()), now);
            }
            target(community, quarter, Kpi.MEMBERS_NEW, new BigDecimal("60"), now);
            target(community, quarter, Kpi.FIRST_PURCHASE_RATE, new BigDecimal("20"), now);
        }
    }

    private void target(UUID community, KpiPeriod period, Kpi kpi, BigDecimal value, Timestamp now) {
        jdbc.update("""
                insert into kpi_target (tenant_id, id, community_id, period_kind, period_start, kpi, target, created_at,
                                        version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, 0)""", Uuids.v7(), community, period.kind().name(),
                Date.valueOf(period.start()), kpi.name(), value, now);
    }
}

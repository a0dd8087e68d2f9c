package app.communityops.kpi;

import app.communityops.engagement.EngagementDemoData;
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
 * the KPIs and rollups show something. Runs once: a tenant with a canvas is left alone. Repeatable.
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
        }));
    }

    private void seed(LocalDate today) {
        List<UUID> communities = jdbc.queryForList("select id from community where status = 'ACTIVE' order by name",
                UUID.class);
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

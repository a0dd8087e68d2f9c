package app.communityops.members;

import app.communityops.members.health.HealthRecompute;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's member health, after the rollups are seeded: the recompute run as of the days the daily job would have
 * run on over the last three months (each Monday for the weekly trend, each month's last day so the month closes
 * into its flows), then as of now. Each run reads only what had happened by then (joins, engagement, orders,
 * attendance), so the segments, trends and flows follow the demo's history. A tenant already computed is left alone.
 */
@Component
public class HealthDemoData {

    private static final Logger log = LoggerFactory.getLogger(HealthDemoData.class);
    private static final int MONTHS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final HealthRecompute recompute;
    private final TenantDirectory tenants;
    private final Clock clock;

    HealthDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, HealthRecompute recompute,
                   TenantDirectory tenants, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.recompute = recompute;
        this.tenants = tenants;
        this.clock = clock;
    }

    public void seedTenant(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            Integer computed = jdbc.queryForObject(
                    "select count(*) from member_health_setting where computed_on is not null", Integer.class);
            if (computed != null && computed > 0) {
                return;
            }
            ZoneId zone = tenants.zone(tenantId);
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS);
            TreeSet<Instant> runs = new TreeSet<>();
            runs.add(at(first, zone));
            for (LocalDate month = first; month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
                runs.add(at(month.with(TemporalAdjusters.lastDayOfMonth()), zone));
            }
            for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                 monday.isBefore(today); monday = monday.plusWeeks(1)) {
                runs.add(at(monday, zone));
            }
            runs.forEach(recompute::runAsOf);
            HealthRecompute.Result last = recompute.runAsOf(now);
            log.info("Demo member health computed over {} runs: {}", runs.size() + 1, last);
        }));
    }

    /** The daily job's time of a tenant day. */
    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(20, 0).atZone(zone).toInstant();
    }
}

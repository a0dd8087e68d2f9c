package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.engagement.EngagementType;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rollup job's work for one tenant, run directly as the job: late events recompute only their days, and a
 * KPI turning red notifies the community's operator and the tenant admin once.
 */
@IntegrationTest
class KpiJobTest {

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired EngagementTestData events;
    @Autowired TenantJobs jobs;
    @Autowired KpiJobWork work;
    @Autowired TargetService targets;
    @Autowired RollupService rollups;

    Fixture tenant;
    UUID member;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        member = data.member(tenant, tenant.communityId(), "late")[0];
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int back = 0; back <= 3; back++) {
            data.column(tenant, "select engagement_ensure_partition(?)", String.class,
                    Date.valueOf(today.minusMonths(back).withDayOfMonth(1)));
        }
    }

    @Test
    void lateEventsRecomputeOnlyTheirDays() {
        // Events that arrived an hour ago, well before the first run's watermark and its overlap.
        event(noon(50), Instant.now().minusSeconds(3600));
        event(noon(20), Instant.now().minusSeconds(3600));
        runJob();
        assertThat(data.column(tenant, "select count(*) from kpi_daily", Long.class)).containsExactly(2L);
        // A day the next run must leave alone: only days with newly arrived events are recomputed.
        data.sql(tenant, "update kpi_daily set events = 999 where day = ?", Date.valueOf(day(20)));
        event(noon(50).plusSeconds(60), Instant.now());
        RollupResult folded = SignedIn.as(tenant.admin(), rollups::refresh);
        assertThat(folded.days()).isEqualTo(1);
        assertThat(data.column(tenant, "select events from kpi_daily where day = ?", Integer.class,
                Date.valueOf(day(50)))).containsExactly(2);
        assertThat(data.column(tenant, "select events from kpi_daily where day = ?", Integer.class,
                Date.valueOf(day(20)))).containsExactly(999);
        assertThat(data.column(tenant, "select count(*) from kpi_rollup_state", Long.class)).containsExactly(1L);
    }

    @Test
    void aKpiTurningRedNotifiesTheStaffOnce() {
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, today);
        TargetLine mau = SignedIn.as(tenant.operator(), () -> targets.set(tenant.communityId(), month, Kpi.MAU,
                BigDecimal.TEN, -1));
        SignedIn.run(tenant.operator(), () -> targets.set(tenant.communityId(), month, Kpi.REVENUE, BigDecimal.TEN,
                -1));
        assertThat(runJob()).containsExactly(Kpi.MAU);
        assertThat(notices()).containsExactlyInAnyOrder(tenant.admin().userId(), tenant.operator().userId());
        assertThat(runJob()).isEmpty();
        assertThat(notices()).hasSize(2);
        TargetLine met = SignedIn.as(tenant.operator(), () -> targets.set(tenant.communityId(), month, Kpi.MAU,
                BigDecimal.ZERO, mau.version()));
        assertThat(runJob()).isEmpty();
        SignedIn.run(tenant.operator(), () -> targets.set(tenant.communityId(), month, Kpi.MAU, BigDecimal.ONE,
                met.version()));
        assertThat(runJob()).containsExactly(Kpi.MAU);
        assertThat(notices()).hasSize(4);
        assertThat(data.column(tenant, "select distinct kind from notification", String.class))
                .containsExactly("kpi.notice.red.MAU");
    }

    private List<Kpi> runJob() {
        return jobs.inTenant(tenant.tenantId(), work::run);
    }

    private List<UUID> notices() {
        return data.column(tenant, "select recipient_id from notification where kind like 'kpi.notice.red.%'",
                UUID.class);
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private Instant noon(int daysAgo) {
        return day(daysAgo).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private void event(Instant at, Instant arrived) {
        events.event(tenant.tenantId(), tenant.communityId(), member, EngagementType.REPLY, null, at, arrived);
    }
}

package app.communityops.members;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.KpiTestData;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's health replays three months: every joined member scored with a trend, and closed months' flows. */
@IntegrationTest
class HealthDemoDataTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    KpiTestData kpi;
    @Autowired
    HealthDemoData demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everyJoinedMemberIsScoredWithATrendAndTheClosedMonthsHaveFlowsOnce() {
        Fixture tenant = tenants.create();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 20; i++) {
            Instant joined = Instant.now().minus(Duration.ofDays(5 + i * 6L));
            MemberTestData.Added added = members.addOne(tenant.tenantId(), tenant.communityId(),
                    MemberTestData.Spec.of("Demo " + i, "demo-" + i + "-" + UUID.randomUUID(),
                            MembershipStatus.JOINED).dates(joined.minus(Duration.ofDays(1)), joined, null));
            for (int day = 0; day < 90; day += 1 + i % 7) {
                if (today.minusDays(day).isAfter(LocalDate.ofInstant(joined, ZoneId.of("Asia/Shanghai")))) {
                    kpi.activeDay(tenant, tenant.communityId(), added.member(), today.minusDays(day), 1 + i % 15);
                }
            }
        }

        demo.seedTenant(tenant.tenantId());
        int rows = count(tenant, "select count(*) from member_health");
        int flows = count(tenant, "select count(*) from member_health_flow");
        demo.seedTenant(tenant.tenantId());

        assertThat(rows).isEqualTo(20);
        assertThat(count(tenant, "select count(distinct month) from member_health_flow")).isEqualTo(3);
        assertThat(count(tenant, "select count(*) from member_health_flow where from_segment = 'NONE'"))
                .as("joiners of the closed months").isPositive();
        assertThat(count(tenant, "select min(cardinality(trend)) from member_health where member_id in"
                + " (select member_id from membership where joined_at < now() - interval '60 days')"))
                .as("a score per week").isGreaterThanOrEqualTo(8);
        assertThat(count(tenant, "select count(distinct segment) from member_health")).as("a spread of segments")
                .isGreaterThanOrEqualTo(3);
        assertThat(count(tenant, "select count(*) from member_health_flow")).as("seeded once").isEqualTo(flows);
    }

    private int count(Fixture tenant, String sql) {
        Integer count = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject(sql, Integer.class)));
        return count == null ? 0 : count;
    }
}

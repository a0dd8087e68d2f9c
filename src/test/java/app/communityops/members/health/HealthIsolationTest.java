package app.communityops.members.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant B's admin and jobs neither see nor change tenant A's health rows, thresholds, departures or flows, through
 * the service or raw SQL.
 */
@IntegrationTest
class HealthIsolationTest {

    private static final List<String> TABLES = List.of("member_health", "member_health_setting",
            "member_health_departure", "member_health_flow");

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    HealthSettingsService service;
    @Autowired
    HealthRecompute recompute;
    @Autowired
    TenantJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;

    @BeforeEach
    void tenantAWithHealthRows() {
        a = tenants.create();
        b = tenants.create();
        Instant now = Instant.parse("2026-10-20T04:00:00Z");
        UUID stays = members.addOne(a.tenantId(), a.communityId(), MemberTestData.Spec.of("Stays", "stays-"
                + UUID.randomUUID(), MembershipStatus.JOINED).dates(now.minus(Duration.ofDays(41)),
                now.minus(Duration.ofDays(40)), null)).membership();
        UUID leaves = members.addOne(a.tenantId(), a.communityId(), MemberTestData.Spec.of("Leaves", "leaves-"
                + UUID.randomUUID(), MembershipStatus.JOINED).dates(now.minus(Duration.ofDays(41)),
                now.minus(Duration.ofDays(40)), null)).membership();
        jobs.inTenant(a.tenantId(), () -> recompute.runAsOf(now));
        members.stay(a.tenantId(), leaves, MembershipEventType.LEFT, now.plus(Duration.ofDays(1)));
        jobs.inTenant(a.tenantId(), () -> recompute.runAsOf(now.plus(Duration.ofDays(2))));
        SignedIn.run(a.admin(), () -> service.save(new HealthSettings(80, 50, 30, 15, 7, 45, 6, 0)));
        assertThat(count(a, "member_health")).isEqualTo(1);
        assertThat(count(a, "member_health_departure")).isEqualTo(1);
        assertThat(stays).isNotNull();
    }

    @Test
    void theOtherTenantsServiceAndJobSeeNothingOfIt() {
        HealthOverview other = SignedIn.as(b.admin(), service::overview);
        assertThat(other.settings()).isEqualTo(HealthSettings.DEFAULTS);
        assertThat(other.segments()).isEmpty();
        assertThat(SignedIn.as(b.admin(), () -> service.preview(HealthSettings.DEFAULTS))).isEmpty();
        HealthRecompute.Result run = jobs.inTenant(b.tenantId(), () -> recompute.runAsOf(Instant.now()));
        assertThat(run.changes()).isZero();
        assertThat(run.departures()).isZero();
        assertThat(count(a, "member_health")).isEqualTo(1);
        assertThat(SignedIn.as(a.admin(), service::overview).settings().championMin()).isEqualTo(80);
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?",
                        Integer.class, a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table)
                        .isZero();
            }
            assertThat(jdbc.update("update member_health_setting set champion_min = 99 where tenant_id = ?",
                    a.tenantId())).isZero();
        }));
        assertThatThrownBy(() -> SignedIn.run(b.admin(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.update(
                        "insert into member_health_setting (tenant_id) values (?)", a.tenantId()))))
                .isInstanceOf(DataAccessException.class);
        assertThat(count(a, "member_health_setting")).isEqualTo(1);
        assertThat(SignedIn.as(a.admin(), service::overview).settings().championMin()).isEqualTo(80);
    }

    private int count(Fixture tenant, String table) {
        Integer count = jobs.inTenant(tenant.tenantId(), () -> jdbc.queryForObject("select count(*) from " + table,
                Integer.class));
        return count == null ? 0 : count;
    }
}

package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant B's users and jobs can neither see nor change tenant A's delivered reports, through the services or SQL. */
@IntegrationTest
class ReportDeliveryIsolationTest {

    private static final List<String> TABLES = List.of("report_delivery", "report_commentary", "report_recipient",
            "report_message", "report_schedule", "report_delivery_setting");

    @Autowired ReportDeliveryService deliveries;
    @Autowired TenantJobs jobs;
    @Autowired TestTenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    ReportDelivery sent;

    @BeforeEach
    void tenantAHasASentReportWithAThread() {
        a = tenants.create();
        b = tenants.create();
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
        SignedIn.run(a.admin(), () -> {
            deliveries.saveSettings(new DeliverySettings(false, 7, false));
            deliveries.saveSchedule(a.communityId(), new ReportSchedule(3, 5));
            ReportDelivery draft = deliveries.prepare(a.communityId(), lastMonth);
            deliveries.saveCommentary(a.communityId(), draft.id(), new SectionCommentary("money", "A's", null, null));
            ReportDelivery review = deliveries.submit(a.communityId(), draft.id(), draft.version());
            sent = deliveries.send(a.communityId(), draft.id(), review.version(), done -> { });
        });
        SignedIn.run(a.clientUser(), () -> deliveries.post(a.communityId(), sent.id(), "A's question"));
    }

    @Test
    void servicesOfTheOtherTenantFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(deliveries.all()).isEmpty();
            assertThat(deliveries.settings()).isEqualTo(DeliverySettings.DEFAULTS);
            assertThatThrownBy(() -> deliveries.find(a.communityId(), sent.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> deliveries.thread(a.communityId(), sent.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> deliveries.commentary(a.communityId(), sent.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> deliveries.schedule(a.communityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> deliveries.correct(a.communityId(), sent.id()))
                    .isInstanceOf(NotFoundException.class);
        });
        SignedIn.run(b.clientUser(), () -> assertThat(deliveries.unopenedByMe()).isZero());
        assertThat(jobs.inTenant(b.tenantId(), () -> JobPrincipal.call("test", deliveries::prepareScheduled)))
                .isZero();
        SignedIn.run(a.clientUser(), () -> assertThat(deliveries.all()).extracting(ReportDelivery::id)
                .containsExactly(sent.id()));
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        SignedIn.run(b.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String table : TABLES) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                        a.tenantId())).as(table).isZero();
                assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", a.tenantId())).as(table)
                        .isZero();
            }
            assertThat(jdbc.update("update report_delivery set state = 'DRAFT' where id = ?", sent.id())).isZero();
        }));
        Timestamp now = Timestamp.from(Instant.now());
        assertRefused(() -> jdbc.update("""
                insert into report_commentary (tenant_id, delivery_id, section_key, highlights, updated_by, updated_at,
                                               version) values (?, ?, 'money', 'planted', ?, ?, 0)""",
                a.tenantId(), sent.id(), b.admin().userId(), now));
        assertRefused(() -> jdbc.update("""
                insert into report_message (tenant_id, id, delivery_id, author_id, kind, body, created_at)
                values (?, ?, ?, ?, 'ANSWER', 'planted', ?)""", a.tenantId(), UUID.randomUUID(), sent.id(),
                b.admin().userId(), now));
        assertRefused(() -> jdbc.update("""
                insert into report_recipient (tenant_id, delivery_id, user_id, mailed) values (?, ?, ?, false)""",
                a.tenantId(), sent.id(), b.clientUser().userId()));
        assertRefused(() -> jdbc.update("""
                insert into report_schedule (tenant_id, community_id, monthly_day, updated_by, updated_at, version)
                values (?, ?, 1, ?, ?, 0)""", a.tenantId(), a.unassignedCommunityId(), b.admin().userId(), now));
        assertRefused(() -> jdbc.update("""
                insert into report_delivery_setting (tenant_id, auto_send, link_key, updated_at, version)
                values (?, true, ?, ?, 0) on conflict do nothing""", a.tenantId(), new byte[32], now));
        SignedIn.run(a.admin(), () -> {
            assertThat(deliveries.settings()).isEqualTo(new DeliverySettings(false, 7, false));
            assertThat(deliveries.commentary(a.communityId(), sent.id()))
                    .containsExactly(new SectionCommentary("money", "A's", null, null));
            assertThat(deliveries.thread(a.communityId(), sent.id())).hasSize(1);
        });
    }

    private void assertRefused(Runnable write) {
        assertThatThrownBy(() -> SignedIn.run(b.admin(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> write.run())))
                .isInstanceOf(DataAccessException.class);
    }
}

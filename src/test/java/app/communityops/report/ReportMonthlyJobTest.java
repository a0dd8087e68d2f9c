package app.communityops.report;

import static app.communityops.report.ReportServiceTest.fact;
import static app.communityops.report.ReportServiceTest.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.activity.ActivityTestData;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monthly job issues last month's report once per community, however often and on however many nodes it
 * runs, in the tenant's chosen language; what it issued stays as issued.
 */
@IntegrationTest
class ReportMonthlyJobTest {

    @Autowired MonthlySnapshots monthly;
    @Autowired TenantJobs jobs;
    @Autowired ReportSnapshotService snapshots;
    @Autowired ReportBrandingService branding;
    @Autowired MoneyTestData data;
    @Autowired ActivityTestData activities;
    @Autowired TestTenants tenants;

    Fixture tenant;
    ReportPeriod lastMonth;
    UUID member;
    OfferSummary course;

    @BeforeEach
    void tenantWithCommunitiesFromBeforeLastMonth() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1));
        data.update(tenant, "update community set created_at = now() - interval '100 days'");
        member = data.joinedMember(tenant.operator(), tenant.communityId(), "mei");
        course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "100", "CNY", tenant.communityId());
        order("100");
        hostedActivities();
    }

    @Test
    void runningTwiceIssuesOneReportPerActiveCommunityAndMonth() {
        assertThat(run(tenant)).isEqualTo(3);
        assertThat(run(tenant)).isZero();

        assertThat(data.column(tenant, """
                select count(*) from report_snapshot where period_code = ? and origin = 'MONTHLY'
                group by community_id""", Long.class, lastMonth.code())).containsExactly(1L, 1L, 1L);
        assertThat(SignedIn.as(tenant.clientUser(), () -> snapshots.list(tenant.communityId())))
                .extracting(ReportSnapshot::period, ReportSnapshot::languageTag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lastMonth, "zh-CN"));
    }

    @Test
    void twoConcurrentRunsStillIssueOneReportPerCommunity() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(node -> CompletableFuture.supplyAsync(
                    () -> {
                        await(start);
                        return run(tenant);
                    }, nodes)).toList();
            int issued = runs.stream().mapToInt(run -> run.orTimeout(120, TimeUnit.SECONDS).join()).sum();

            assertThat(issued).isEqualTo(3);
        } finally {
            nodes.shutdown();
        }
        assertThat(data.column(tenant, "select count(*) from report_snapshot where period_code = ?", Long.class,
                lastMonth.code())).containsExactly(3L);
    }

    @Test
    void theJobKeepsWhatStaffIssuedUsesTheTenantsLanguageAndSkipsArchivedAndNewCommunities() {
        SignedIn.as(tenant.operator(),
                () -> snapshots.generate(tenant.communityId(), lastMonth, Locale.ENGLISH, done -> { }));
        SignedIn.as(tenant.admin(), () -> {
            BrandingForm form = BrandingForm.of(branding.branding());
            form.setMonthlyLanguage("en");
            return branding.save(-1, form);
        });
        data.update(tenant, "update community set status = 'ARCHIVED' where id = ?", tenant.unassignedCommunityId());
        data.update(tenant, "update community set created_at = now() where id = ?", tenant.otherClientCommunityId());

        assertThat(run(tenant)).isZero();
        data.update(tenant, "update community set created_at = now() - interval '100 days' where id = ?",
                tenant.otherClientCommunityId());
        assertThat(run(tenant)).isEqualTo(1);

        assertThat(data.column(tenant, "select origin || ' ' || language from report_snapshot order by origin",
                String.class)).containsExactly("MONTHLY en", "STAFF en");
    }

    @Test
    void clientsReadTheIssuedReportAsItWasIssuedAfterTheDataChanged() {
        run(tenant);
        order("50");

        ReportSnapshot issued = SignedIn.as(tenant.clientUser(), () -> snapshots.list(tenant.communityId()))
                .getFirst();
        OperationsReport kept = SignedIn.as(tenant.clientUser(), () -> snapshots.report(issued.id()));
        assertThat(fact(section(kept, "money"), "净收入（CNY）")).isEqualTo("CNY 100.00");
        assertThat(kept.issuer()).isEqualTo(tenant.name());
        assertThat(fact(section(kept, "activity"), "已举办常规活动")).isEqualTo("2");
        assertThat(new String(SignedIn.as(tenant.clientUser(), () -> snapshots.pdf(issued.id())), 0, 5))
                .isEqualTo("%PDF-");
    }

    @Test
    void onlyTheJobRunsTheJobsWork() {
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), snapshots::issueLastMonth))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.column(tenant, "select count(*) from report_snapshot", Long.class)).containsExactly(0L);
    }

    private int run(Fixture fixture) {
        return jobs.inTenant(fixture.tenantId(), monthly::run);
    }

    private void order(String amount) {
        data.order(tenant.operator(), tenant.communityId(), member, course, amount,
                lastMonth.from().plusDays(1).atTime(10, 0));
    }

    /** Held last month, one hosted by staff and one by a member: the job reads the hosts' names as staff do. */
    private void hostedActivities() {
        UUID type = activities.type(tenant.tenantId(), "Weekly sharing");
        Instant start = java.sql.Timestamp.valueOf(lastMonth.from().plusDays(3).atTime(12, 0)).toInstant();
        activities.done(tenant.tenantId(), tenant.communityId(), type, "Staff talk", tenant.operator().userId(), null,
                start);
        activities.done(tenant.tenantId(), tenant.communityId(), type, "Member talk", null, member, start);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

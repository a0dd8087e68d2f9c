package app.communityops.report;

import static app.communityops.report.ReportServiceTest.fact;
import static app.communityops.report.ReportServiceTest.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReportSnapshotTest {

    @Autowired
    ReportSnapshotService snapshots;
    @Autowired
    MoneyTestData data;
    @Autowired
    TestTenants tenants;

    Fixture tenant;
    ReportPeriod lastMonth;
    UUID member;
    OfferSummary course;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
        member = data.joinedMember(tenant.operator(), tenant.communityId(), "mei");
        course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "100", "CNY", tenant.communityId());
        order("100");
    }

    @Test
    void anIssuedReportStaysAsItWasWhenTheDataChangesLater() {
        ReportSnapshot issued = issue(tenant.operator(), tenant.communityId(), lastMonth, Locale.ENGLISH);
        order("50");
        ReportSnapshot again = issue(tenant.admin(), tenant.communityId(), lastMonth, Locale.ENGLISH);

        assertThat(again.id()).as("issued once per period and language").isEqualTo(issued.id());
        OperationsReport kept = SignedIn.as(tenant.clientUser(), () -> snapshots.report(issued.id()));
        assertThat(fact(section(kept, "money"), "Net revenue (CNY)")).isEqualTo("CNY 100.00");
        assertThat(kept.issuer()).isEqualTo(tenant.name());
        assertThat(SignedIn.as(tenant.clientUser(), () -> snapshots.list(tenant.communityId())))
                .extracting(ReportSnapshot::period, ReportSnapshot::languageTag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lastMonth, "en"));
        assertThat(new String(SignedIn.as(tenant.clientUser(), () -> snapshots.pdf(issued.id())), 0, 5))
                .isEqualTo("%PDF-");
    }

    @Test
    void onlyStaffIssueAndOnlyForEndedPeriods() {
        ReportPeriod current = ReportPeriod.month(YearMonth.now());
        SignedIn.as(tenant.operator(), () -> snapshots.generate(tenant.communityId(), current, Locale.ENGLISH, done -> { }));
        SignedIn.as(tenant.clientUser(),
                () -> snapshots.generate(tenant.communityId(), lastMonth, Locale.ENGLISH, done -> { }));
        assertThat(SignedIn.as(tenant.admin(), () -> snapshots.list(tenant.communityId())))
                .as("a running period and a client's reading issue nothing").isEmpty();
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(),
                () -> snapshots.generate(tenant.unassignedCommunityId(), lastMonth, Locale.ENGLISH, done -> { })))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void snapshotsAreInvisibleToOtherTenantsOtherClientsAndUnassignedOperators() {
        ReportSnapshot issued = issue(tenant.admin(), tenant.communityId(), lastMonth, Locale.SIMPLIFIED_CHINESE);
        ReportSnapshot unassigned = issue(tenant.admin(), tenant.unassignedCommunityId(), lastMonth, Locale.ENGLISH);
        Fixture other = tenants.create();

        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> snapshots.pdf(issued.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> snapshots.list(tenant.communityId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> snapshots.report(unassigned.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.column(other, "select count(*) from report_snapshot", Long.class)).containsExactly(0L);
        assertThat(data.update(other, "update report_snapshot set period_code = 'x' where id = ?", issued.id()))
                .isZero();
        assertThat(data.update(other, "delete from report_snapshot where id = ?", issued.id())).isZero();
        assertThat(SignedIn.as(tenant.clientUser(), () -> snapshots.list(tenant.communityId())))
                .extracting(ReportSnapshot::languageTag).containsExactly("zh-CN");
    }

    @Test
    void aClientOfAnotherClientCannotReadTheSnapshot() {
        ReportSnapshot issued = issue(tenant.admin(), tenant.otherClientCommunityId(), lastMonth, Locale.ENGLISH);

        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> snapshots.pdf(issued.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> snapshots.list(tenant.otherClientCommunityId())))
                .isInstanceOf(NotFoundException.class);
    }

    /** Staff generate the closed period's report, which issues it; answers the snapshot issued for it. */
    private ReportSnapshot issue(app.communityops.shared.AppPrincipal staff, UUID communityId, ReportPeriod period,
                                 Locale locale) {
        return SignedIn.as(staff, () -> {
            snapshots.generate(communityId, period, locale, done -> { });
            String language = locale.equals(Locale.SIMPLIFIED_CHINESE) ? "zh-CN" : "en";
            return snapshots.list(communityId).stream()
                    .filter(made -> made.period().equals(period) && made.languageTag().equals(language))
                    .findFirst().orElseThrow();
        });
    }

    private void order(String amount) {
        data.order(tenant.operator(), tenant.communityId(), member, course, amount,
                lastMonth.from().plusDays(1).atTime(10, 0));
    }
}

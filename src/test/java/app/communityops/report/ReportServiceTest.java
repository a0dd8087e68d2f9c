package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MembershipQueryService;
import app.communityops.money.MoneyFigures;
import app.communityops.money.MoneyFiguresService;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Section;
import app.communityops.report.OperationsReport.Table;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    MoneyFiguresService money;
    @Autowired
    MembershipQueryService memberships;
    @Autowired
    MoneyTestData data;
    @Autowired
    TestTenants tenants;

    Fixture tenant;
    ReportPeriod lastMonth;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
    }

    @Test
    void aCommunityWithoutDataGetsAReportWhoseSectionsSaySoInsteadOfFailing() {
        OperationsReport report = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), lastMonth));

        assertThat(report.sections()).extracting(Section::key)
                .containsExactly("manage", "custom", "activity", "content", "money", "tool");
        assertThat(report.sections()).allSatisfy(section -> {
            assertThat(section.noData()).as(section.key()).isTrue();
            assertThat(section.blocks()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                    text -> assertThat(text.text()).startsWith("No data"));
        });
        assertThat(report.title()).isEqualTo("Operations report: " + report.communityName());
    }

    @Test
    void moneyAndMemberFiguresAreTheOnesTheirScreensShow() {
        LocalDate paid = lastMonth.from().plusDays(3);
        UUID ann = data.joinedMember(tenant.operator(), tenant.communityId(), "ann");
        UUID bob = data.joinedMember(tenant.operator(), tenant.communityId(), "bob");
        OfferSummary course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "199", "CNY",
                tenant.communityId());
        data.order(tenant.operator(), tenant.communityId(), ann, course, "199", paid.atTime(10, 0));
        data.order(tenant.operator(), tenant.communityId(), ann, course, "99", paid.atTime(12, 0));
        data.order(tenant.operator(), tenant.communityId(), bob, course, "199", paid.plusDays(1).atTime(9, 0));

        OperationsReport report = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), lastMonth));
        MoneyFigures figures = SignedIn.as(tenant.operator(),
                () -> money.community(tenant.communityId(), lastMonth.from(), lastMonth.to()));
        long members = SignedIn.as(tenant.operator(), () -> memberships.headerCounts(tenant.communityId())).members();

        Section moneySection = section(report, "money");
        assertThat(moneySection.noData()).isFalse();
        assertThat(fact(moneySection, "Net revenue (CNY)")).isEqualTo("CNY 497.00");
        assertThat(fact(moneySection, "Paid orders")).isEqualTo(String.valueOf(figures.orders())).isEqualTo("3");
        assertThat(fact(moneySection, "Repurchase rate")).isEqualTo(figures.repurchaseRate().percent() + "% (1 / 2)");
        // The members joined today, after the period: no member of the period, no rate, as on the money screen.
        assertThat(figures.firstPurchaseRate().denominator()).isZero();
        assertThat(fact(moneySection, "First-purchase rate")).isEqualTo("n/a (0 / 0)");
        assertThat(table(moneySection, "Revenue by stream").rows())
                .containsExactly(List.of("Paid knowledge", "CNY 497.00"));
        assertThat(fact(section(report, "custom"), "Members now")).isEqualTo(String.valueOf(members)).isEqualTo("2");
    }

    @Test
    void theReportIsInTheReadersLanguage() {
        OperationsReport report = SignedIn.as(tenant.admin(), () -> reports.build(tenant.communityId(), lastMonth,
                Locale.SIMPLIFIED_CHINESE, done -> { }));

        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("一、管理", "二、用户", "三、活动", "四、内容", "五、变现", "六、工具");
        assertThat(report.title()).startsWith("社群运营报告");
        assertThat(report.subtitle()).contains(lastMonth.from().getYear() + "年" + lastMonth.from().getMonthValue() + "月");
    }

    @Test
    void readersOutsideTheCommunityAreToldItDoesNotExist() {
        Fixture other = tenants.create();
        assertNotFound(other.admin(), tenant.communityId());
        assertNotFound(tenant.operator(), tenant.unassignedCommunityId());
        assertNotFound(tenant.clientUser(), tenant.otherClientCommunityId());
        assertThat(SignedIn.as(tenant.clientUser(), () -> reports.build(tenant.communityId(), lastMonth)).sections())
                .hasSize(6);
    }

    @Test
    void periodsAreCalendarMonthsAndQuarters() {
        ReportPeriod quarter = ReportPeriod.containing(ReportPeriod.Kind.QUARTER, LocalDate.of(2026, 11, 25));
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(quarter.code()).isEqualTo("2026-Q4");
        assertThat(quarter.previous().code()).isEqualTo("2026-Q3");
        assertThat(ReportPeriod.parse("2026-02")).contains(ReportPeriod.month(YearMonth.of(2026, 2)));
        assertThat(ReportPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportPeriod.recent(ReportPeriod.Kind.MONTH, LocalDate.of(2026, 1, 5), 2))
                .extracting(ReportPeriod::code).containsExactly("2026-01", "2025-12");
    }

    private void assertNotFound(AppPrincipal user, UUID communityId) {
        assertThatThrownBy(() -> SignedIn.as(user, () -> reports.build(communityId, lastMonth)))
                .as(user.role()).isInstanceOf(NotFoundException.class);
    }

    static Section section(OperationsReport report, String key) {
        return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static String fact(Section section, String label) {
        return section.blocks().stream().flatMap(b -> b instanceof Facts facts ? facts.facts().stream() : Stream.empty())
                .filter(f -> f.label().equals(label)).map(Fact::value).findFirst().orElseThrow(() ->
                        new AssertionError("no fact " + label));
    }

    static Table table(Section section, String caption) {
        return section.blocks().stream().flatMap(b -> b instanceof Table t ? Stream.of(t) : Stream.empty())
                .filter(t -> t.caption().equals(caption)).findFirst().orElseThrow();
    }
}

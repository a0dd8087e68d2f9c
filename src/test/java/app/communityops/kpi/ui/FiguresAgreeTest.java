package app.communityops.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.KpiTexts;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeriodKind;
import app.communityops.report.OperationsReport;
import app.communityops.report.ReportMarkdown;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One community's running month through every place that shows it (the service's board, the dashboard, the
 * portfolio, the KPI overview and the report's Manage section): the same figures, the same span compared with, the
 * same paced status, in the same words.
 */
class FiguresAgreeTest extends KaribuTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired KpiTestData data;
    @Autowired KpiService kpis;
    @Autowired ReportService reports;

    Fixture tenant;
    UUID community;
    LocalDate today;
    KpiPeriod month;

    @BeforeEach
    void aRunningMonthWithTargets() {
        tenant = tenants.create();
        community = tenant.communityId();
        login(tenant.operator());
        today = kpis.today();
        month = KpiPeriod.of(PeriodKind.MONTH, today);
        assumeThat(month.runningOn(today)).isTrue();
        KpiPeriod before = month.previous();
        joins("a", before.start());
        joins("b", before.start());
        LocalDate afterSpan = before.start().plusDays(month.elapsedDays(today));
        if (!afterSpan.isAfter(before.last())) {
            joins("c", afterSpan);
        }
        joins("d", today);
        UUID offer = data.offer(tenant, community, "CNY");
        UUID[] buyer = data.member(tenant, community, "buyer");
        data.order(tenant, community, offer, buyer[0], "120", "0", "CNY",
                today.atTime(9, 0).atZone(SHANGHAI).toInstant());
        data.monthlyTarget(tenant, community, month.start(), "MEMBERS_TOTAL", 4);
        data.monthlyTarget(tenant, community, month.start(), "REVENUE", 3100);
    }

    @Test
    void theBoardTheDashboardThePortfolioTheOverviewAndTheReportAgree() {
        KpiBoard board = kpis.board(community, month);
        String span = KpiTexts.span(month.comparedSpan(today), Locale.ENGLISH, UI.getCurrent()::getTranslation);

        UI.getCurrent().navigate(KpiNavigation.dashboardPath(community));
        List<String> dashboard = shown("dashboard");
        UI.getCurrent().navigate("portfolio");
        List<String> portfolio = shown("portfolio-" + community);
        assertThat(portfolio).as("the portfolio's cards say what the dashboard's say").isEqualTo(dashboard);
        assertThat(dashboard.get(1)).as("the change names the days it is against").endsWith("vs " + span);

        var overview = kpis.overview(month, PortfolioView.KEY_KPIS).rows().getFirst();
        var overviewBefore = kpis.overviewBefore(month, PortfolioView.KEY_KPIS).rows().getFirst();
        OperationsReport report = reports.build(community, ReportPeriod.containing(ReportPeriod.Kind.MONTH, today),
                Locale.ENGLISH, done -> { });
        OperationsReport.Table table = report.sections().stream().filter(section -> section.key().equals("manage"))
                .findFirst().orElseThrow().blocks().stream()
                .filter(OperationsReport.Table.class::isInstance).map(OperationsReport.Table.class::cast)
                .filter(candidate -> candidate.caption().equals("KPIs against target")).findFirst().orElseThrow();
        assertThat(table.headers()).contains("Compared with " + span, "Expected by now", "Forecast");
        int status = table.headers().indexOf("Status");

        for (Kpi kpi : List.of(Kpi.MEMBERS_TOTAL, Kpi.REVENUE)) {
            KpiValue value = board.value(kpi).orElseThrow();
            assertThat(value.pacing()).as("%s is paced", kpi).isNotNull();
            assertThat(overview.value(kpi)).as("overview %s", kpi).isEqualByComparingTo(value.value());
            assertThat(overviewBefore.value(kpi)).as("overview's comparison %s", kpi)
                    .isEqualByComparingTo(value.previous());
            String statusText = UI.getCurrent().getTranslation("kpi.status." + value.status().name());
            assertThat(dashboard.get(kpi == Kpi.MEMBERS_TOTAL ? 0 : 3)).as("dashboard status of %s", kpi)
                    .isEqualTo(statusText);
            String name = UI.getCurrent().getTranslation(kpi.nameKey());
            List<String> row = table.rows().stream().filter(candidate -> candidate.getFirst().equals(name))
                    .findFirst().orElseThrow();
            assertThat(row.get(status)).as("report status of %s", kpi).isEqualTo(statusText);
        }
        assertThat(board.value(Kpi.MEMBERS_TOTAL).orElseThrow().previous()).as("two members by the span's end")
                .isEqualByComparingTo("2");
        assertThat(ReportMarkdown.render(report)).contains("Compared with " + span,
                "by day " + month.elapsedDays(today) + " of " + month.days());
    }

    /** The status, change and pacing lines of the members' and the revenue's cards under a prefix. */
    private static List<String> shown(String prefix) {
        return List.of(CardMarkup.get(prefix + "-status-MEMBERS_TOTAL").text(),
                CardMarkup.get(prefix + "-change-MEMBERS_TOTAL").text(),
                CardMarkup.get(prefix + "-pace-MEMBERS_TOTAL").text(),
                CardMarkup.get(prefix + "-status-REVENUE").text(),
                CardMarkup.find(prefix + "-change-REVENUE").map(element -> element.text()).orElse(""),
                CardMarkup.get(prefix + "-pace-REVENUE").text());
    }

    private void joins(String handle, LocalDate day) {
        UUID[] member = data.member(tenant, community, handle);
        data.history(tenant, community, member[1], "JOINED", day.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }
}

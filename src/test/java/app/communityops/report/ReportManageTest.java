package app.communityops.report;

import static app.communityops.report.ReportServiceTest.section;
import static app.communityops.report.ReportServiceTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.TargetService;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Section;
import app.communityops.report.OperationsReport.Table;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.testing.IntegrationTest;
import app.communityops.today.Task;
import app.communityops.today.TaskForm;
import app.communityops.today.TodayService;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Manage section shows the KPI board of the Manage page for the report's period, figure for figure. March 2026
 * in the tenant's zone: two members, CNY 300 paid of which 20 refunded, a revenue target of CNY 300.
 */
@IntegrationTest
class ReportManageTest {

    static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3));

    @Autowired ReportService reports;
    @Autowired KpiService kpis;
    @Autowired TargetService targets;
    @Autowired KpiTestData data;
    @Autowired TestTenants tenants;
    @Autowired FeatureBundlesI18NProvider bundles;
    @Autowired TodayService today;
    @Autowired ReportDeliveryService deliveries;

    Fixture tenant;
    UUID community;

    @BeforeEach
    void march() {
        tenant = tenants.create();
        community = tenant.communityId();
        data.twoBuyersInMarch2026(tenant, community);
        SignedIn.as(tenant.operator(), () -> targets.set(community, ManageSection.kpiPeriod(MARCH), Kpi.REVENUE,
                new BigDecimal("300"), -1));
    }

    @Test
    void everyKpiRowIsTheBoardOfTheManagePageForTheSamePeriod() {
        Section manage = section(build(Locale.ENGLISH), "manage");
        KpiBoard board = SignedIn.as(tenant.operator(), () -> kpis.board(community, ManageSection.kpiPeriod(MARCH)));
        Table kpiTable = table(manage, "KPIs against target");

        assertThat(manage.noData()).isFalse();
        ReportTexts texts = new ReportTexts(bundles, Locale.ENGLISH);
        assertThat(kpiTable.rows()).containsExactlyElementsOf(
                board.values().stream().map(value -> ManageSection.kpiRow(value, texts, ManageSection.paced(board))).toList());
        assertThat(value(board, Kpi.REVENUE).value()).isEqualByComparingTo("280");
        assertThat(row(kpiTable, "Revenue")).containsExactly("Revenue", "CNY 280.00", "CNY 300.00",
                texts.t("kpi.status." + value(board, Kpi.REVENUE).status().name()), "CNY 0.00", "–");
        assertThat(value(board, Kpi.MEMBERS_NEW).value()).isEqualByComparingTo("1");
        assertThat(row(kpiTable, "New members").get(1)).isEqualTo("1");
        assertThat(value(board, Kpi.MEMBERS_TOTAL).value()).isEqualByComparingTo("2");
        assertThat(row(kpiTable, "Members").get(1)).isEqualTo("2");
        assertThat(value(board, Kpi.REFUND_RATE).value()).isEqualByComparingTo("50.0");
        assertThat(row(kpiTable, "Refund rate (lower is better)").get(1)).isEqualTo("50.0%");
        assertThat(table(manage, "Funnel: acquire → activate → convert").rows()).hasSize(5);
    }

    @Test
    void theChinesePdfCarriesTheManageTitleAndItsFigures() throws IOException {
        OperationsReport report = build(Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("一、管理", "KPI 与目标", "CNY 280.00", "CNY 300.00");
        }
        assertThat(report.sections().getFirst().key()).isEqualTo("manage");
    }

    @Test
    void aCommunityWithoutRecordsHasAManageSectionThatSaysSo() {
        Fixture empty = tenants.create();
        OperationsReport report = SignedIn.as(empty.clientUser(),
                () -> reports.build(empty.communityId(), MARCH, Locale.SIMPLIFIED_CHINESE, done -> { }));

        Section manage = section(report, "manage");
        assertThat(manage.noData()).isTrue();
        assertThat(manage.heading()).isEqualTo("一、管理");
        assertThat(manage.blocks()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                text -> assertThat(text.text()).startsWith("暂无数据"));
    }

    @Test
    void theManageSectionShowsTheServiceLevelOnScreenInMarkdownAndPdfOnceATenantAdminChoseIt() throws IOException {
        Task late = SignedIn.as(tenant.operator(), () -> today.create(new TaskForm(community, "Reply to the review",
                Instant.parse("2026-03-10T02:00:00Z"), null, null)));
        SignedIn.run(tenant.operator(), () -> today.done(late.id(), late.version()));
        SignedIn.run(tenant.operator(), () -> today.create(new TaskForm(community, "Still open",
                Instant.parse("2026-03-20T02:00:00Z"), null, null)));
        assertThat(section(build(Locale.ENGLISH), "manage").blocks()).as("not chosen yet")
                .noneMatch(block -> block instanceof Table table && table.caption().startsWith("Service level"));

        SignedIn.run(tenant.admin(), () -> deliveries.saveServiceLevel(community, true));
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.includesServiceLevel(community))).isTrue();
        OperationsReport report = build(Locale.ENGLISH);

        Table level = table(section(report, "manage"), "Service level: tasks done on time");
        assertThat(level.rows()).containsExactly(
                List.of(tenant.operator().displayName(), "1", "0", "1", "0", "0.0%"),
                List.of("The community’s operators (not taken)", "1", "0", "0", "1", "0.0%"),
                List.of("All tasks", "2", "0", "1", "1", "0.0%"));
        assertThat(ReportMarkdown.render(report)).contains("Service level: tasks done on time", "| All tasks | 2 |");
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Service level: tasks done on time",
                    "All tasks");
        }
        assertThat(SignedIn.as(tenant.clientUser(), () -> reports.build(community, MARCH, Locale.ENGLISH,
                done -> { })).sections().getFirst().blocks()).as("the client reads it in the report too")
                .anyMatch(block -> block instanceof Table table && table.caption().startsWith("Service level"));
    }

    private OperationsReport build(Locale locale) {
        return SignedIn.as(tenant.operator(), () -> reports.build(community, MARCH, locale, done -> { }));
    }

    private static KpiValue value(KpiBoard board, Kpi kpi) {
        return board.value(kpi).orElseThrow();
    }

    private static List<String> row(Table table, String name) {
        return table.rows().stream().filter(row -> row.getFirst().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }
}

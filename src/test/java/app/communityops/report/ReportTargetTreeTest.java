package app.communityops.report;

import static app.communityops.report.ReportServiceTest.section;
import static app.communityops.report.ReportServiceTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.TargetTreeService;
import app.communityops.kpi.TreeNode;
import app.communityops.kpi.TreeTargets;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Section;
import app.communityops.report.OperationsReport.Table;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Manage section's target tree, on screen (the report model), in HTML, in the PDF and in Markdown. March 2026,
 * closed: Ann (joined in February) pays CNY 100, Bob joins and pays 200 of which 20 are refunded; both are first
 * orders, so the average first-order value is 140 and nothing is repurchase. Nobody was activated.
 */
@IntegrationTest
class ReportTargetTreeTest {

    static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3));

    @Autowired ReportService reports;
    @Autowired TargetTreeService trees;
    @Autowired KpiTestData data;
    @Autowired TestTenants tenants;

    Fixture tenant;
    UUID community;

    @BeforeEach
    void march() {
        tenant = tenants.create();
        community = tenant.communityId();
        data.twoBuyersInMarch2026(tenant, community);
    }

    private void setTree() {
        UUID owner = tenant.operator().userId();
        Map<TreeNode, TreeTargets.Target> nodes = new EnumMap<>(TreeNode.class);
        nodes.put(TreeNode.REVENUE, new TreeTargets.Target(new BigDecimal("300"), owner));
        nodes.put(TreeNode.NEW_MEMBERS, new TreeTargets.Target(new BigDecimal("2"), owner));
        nodes.put(TreeNode.ACTIVATION_RATE, new TreeTargets.Target(new BigDecimal("50"), owner));
        nodes.put(TreeNode.FIRST_PURCHASE_RATE, new TreeTargets.Target(new BigDecimal("50"), owner));
        nodes.put(TreeNode.FIRST_ORDER_VALUE, new TreeTargets.Target(new BigDecimal("150"), owner));
        nodes.put(TreeNode.REPURCHASE_REVENUE, new TreeTargets.Target(new BigDecimal("50"), owner));
        KpiPeriod period = ManageSection.kpiPeriod(MARCH);
        SignedIn.run(tenant.operator(), () -> trees.save(community, period, new TreeTargets("CNY", nodes), -1));
    }

    @Test
    void theTreeWithItsLeverIsInTheReportItsHtmlItsMarkdownAndItsPdf() throws IOException {
        setTree();
        OperationsReport report = SignedIn.as(tenant.clientUser(),
                () -> reports.build(community, MARCH, Locale.ENGLISH, done -> { }));
        Section manage = section(report, "manage");
        String owner = tenant.operator().displayName();

        Table tree = table(manage, "Target tree");
        assertThat(tree.headers()).containsExactly("Goal and drivers", "Target", "Actual", "Expected by now",
                "Forecast", "Owner", "Status");
        assertThat(tree.rows()).containsExactly(
                List.of("Course revenue (goal)", "CNY 300.00", "CNY 280.00", "CNY 300.00", "CNY 280.00", owner,
                        "Slightly behind"),
                List.of("New members", "2", "1", "2", "1", owner, "Behind"),
                List.of("× Activation rate", "50.0%", "0.0%", "50.0%", "0.0%", owner, "Behind (lever behind)"),
                List.of("× First-purchase rate", "50.0%", "100.0%", "50.0%", "100.0%", owner, "On pace"),
                List.of("× Average first-order value", "CNY 150.00", "CNY 140.00", "CNY 150.00", "CNY 140.00", owner,
                        "Slightly behind"),
                List.of("+ Repurchase revenue", "CNY 50.00", "CNY 0.00", "CNY 50.00", "CNY 0.00", owner, "Behind"));
        List<String> paragraphs = manage.blocks().stream()
                .flatMap(block -> block instanceof Paragraph text ? java.util.stream.Stream.of(text.text())
                        : java.util.stream.Stream.empty()).toList();
        String lever = "Activation rate is the lever behind: 0.0% vs 50.0% expected";
        String implied = "The drivers' targets imply CNY 125.00, but the goal's target is CNY 300.00: adjust the "
                + "drivers or the goal.";
        assertThat(paragraphs).contains(lever, implied);

        assertThat(ReportHtml.of(report, null)).contains("Target tree", "× Average first-order value",
                "Behind (lever behind)", lever, "The drivers&#39; targets imply CNY 125.00");
        assertThat(ReportMarkdown.render(report)).contains("**Target tree**",
                "| + Repurchase revenue | CNY 50.00 | CNY 0.00 | CNY 50.00 | CNY 0.00 | " + owner + " | Behind |",
                lever);
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Target tree", "Repurchase",
                    lever);
        }
    }

    @Test
    void theChineseReportNamesTheLeverInChinese() throws IOException {
        setTree();
        OperationsReport report = SignedIn.as(tenant.operator(),
                () -> reports.build(community, MARCH, Locale.SIMPLIFIED_CHINESE, done -> { }));
        Table tree = table(section(report, "manage"), "目标树");
        assertThat(tree.rows().get(2)).containsExactly("× 激活率", "50.0%", "0.0%", "50.0%", "0.0%",
                tenant.operator().displayName(), "落后（落后的杠杆）");
        assertThat(ReportMarkdown.render(report)).contains("落后的杠杆是激活率：0.0%，此时应达 50.0%");
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).contains("目标树", "平均首单金额");
        }
    }

    @Test
    void withoutATreeTheSectionSaysNoneWasSet() {
        OperationsReport report = SignedIn.as(tenant.operator(),
                () -> reports.build(community, MARCH, Locale.ENGLISH, done -> { }));
        Table tree = table(section(report, "manage"), "Target tree");
        assertThat(tree.rows()).isEmpty();
        assertThat(tree.emptyText()).isEqualTo("No target tree was set for this period.");
        assertThat(ReportMarkdown.render(report)).contains("No target tree was set for this period.");
    }
}

package app.communityops.report;

import static app.communityops.report.ReportServiceTest.fact;
import static app.communityops.report.ReportServiceTest.section;
import static app.communityops.report.ReportServiceTest.table;
import static app.communityops.testing.SignedIn.as;
import static app.communityops.testing.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinLinkService;
import app.communityops.join.JoinPublicService;
import app.communityops.join.JoinTestData;
import app.communityops.screening.ScreeningTestData;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Custom section's join links: on screen (the model), in the PDF and in Markdown, for the community's client. */
@IntegrationTest
class ReportJoinLinksTest {

    @Autowired
    ReportService reports;
    @Autowired
    JoinTestData data;
    @Autowired
    ScreeningTestData screening;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    JoinLinkService links;
    @Autowired
    TestTenants tenants;
    @Autowired
    TenantZone zones;
    @Autowired
    Clock clock;

    @Test
    void eachLinkAndTheShareOfJoinsThroughLinksAreInTheSectionThePdfAndTheMarkdown() throws IOException {
        JoinTestData.Ready ready = data.paidEntry(500);
        TestTenants.Fixture tenant = ready.tenant();
        UUID recruiting = screening.channel(tenant, "Recruiting apps");
        String ads = as(tenant.operator(), () -> links.create(ready.communityId(), recruiting, "Spring ads").token());
        join.apply(ready.token(), JoinTestData.applicant("Lin", "13800138301"), "10.0.3.1");
        join.apply(ready.token(), JoinTestData.applicant("Mei", "13800138302"), "10.0.3.2");
        join.apply(ads, JoinTestData.applicant("Wu", "13800138303"), "10.0.3.3");
        run(tenant.operator(), () -> applications.confirmPayment(applications.applications(ready.communityId())
                .stream().filter(a -> "Product forum".equals(a.linkLabel())).findFirst().orElseThrow().id()));
        ReportPeriod period = ReportPeriod.containing(ReportPeriod.Kind.MONTH,
                as(tenant.operator(), () -> LocalDate.now(clock.withZone(zones.current()))));

        OperationsReport report = as(tenant.clientUser(), () -> reports.build(ready.communityId(), period,
                Locale.ENGLISH, done -> { }));

        OperationsReport.Section custom = section(report, "custom");
        assertThat(table(custom, "Join links in the period").rows()).containsExactly(
                List.of("Product forum", "–", "2", "1", "1"), List.of("Spring ads", "Recruiting apps", "1", "0", "0"));
        assertThat(fact(custom, "Joins in the period through a join link")).isEqualTo("100.0% (1 / 1)");
        assertThat(ReportMarkdown.render(report)).contains(
                "| Link (campaign) | Channel | Applied | Approved | Joined |",
                "| Product forum | – | 2 | 1 | 1 |", "| Spring ads | Recruiting apps | 1 | 0 | 0 |",
                "Joins in the period through a join link");
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Join links in the period", "Product forum",
                    "Spring ads", "Recruiting apps", "Joins in the period through a join link");
        }
    }

    @Test
    void aCommunityWithoutLinksSaysSo() {
        TestTenants.Fixture tenant = tenants.create();
        ReportPeriod period = ReportPeriod.month(java.time.YearMonth.now().minusMonths(1));
        // A policy, so the section has something to show and is not one "no data" line.
        run(tenant.operator(), () -> data.policy(tenant.communityId(), form -> {
            form.setPaidEntry(true);
            form.setFee(new java.math.BigDecimal("19.90"));
        }));

        OperationsReport report = as(tenant.operator(), () -> reports.build(tenant.communityId(), period,
                Locale.SIMPLIFIED_CHINESE, done -> { }));

        assertThat(ReportMarkdown.render(report)).contains("没有加入链接");
    }
}

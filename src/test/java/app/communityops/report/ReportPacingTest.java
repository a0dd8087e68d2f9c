package app.communityops.report;

import static app.communityops.report.ReportServiceTest.section;
import static app.communityops.report.ReportServiceTest.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.engagement.EngagementType;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.RollupService;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Section;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report of the running month: the KPI table says which days it compares with and shows where each target should
 * be by now, the notes give the pacing method, and while late events wait for the rollups the activity figures say
 * "as of", on screen (HTML) and in Markdown, in both languages.
 */
@IntegrationTest
class ReportPacingTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ReportService reports;
    @Autowired KpiService kpis;
    @Autowired RollupService rollups;
    @Autowired KpiTestData data;
    @Autowired EngagementTestData events;
    @Autowired TestTenants tenants;

    Fixture tenant;
    UUID community;
    LocalDate today;
    KpiPeriod month;

    @BeforeEach
    void aRunningMonthWithALateEvent() {
        tenant = tenants.create();
        community = tenant.communityId();
        today = SignedIn.as(tenant.operator(), kpis::today);
        month = KpiPeriod.of(PeriodKind.MONTH, today);
        assumeThat(month.runningOn(today)).isTrue();
        UUID[] member = data.member(tenant, community, "ann");
        data.history(tenant, community, member[1], "JOINED", month.start().atTime(9, 0).atZone(SHANGHAI).toInstant());
        data.monthlyTarget(tenant, community, month.start(), "MEMBERS_NEW", 31);
        SignedIn.run(tenant.admin(), rollups::refresh);
        events.event(tenant.tenantId(), community, member[0], EngagementType.REPLY, null,
                month.start().atTime(10, 0).atZone(SHANGHAI).toInstant(), Instant.now());
    }

    @Test
    void theRunningMonthsReportSaysWhatItComparesWithHowTargetsArePacedAndAsOfWhen() {
        OperationsReport report = build(Locale.ENGLISH);
        Section manage = section(report, "manage");
        OperationsReport.Table kpiTable = table(manage, "KPIs against target");
        assertThat(kpiTable.headers()).contains("Expected by now", "Forecast")
                .anyMatch(header -> header.startsWith("Compared with "));
        assertThat(manage.blocks()).anyMatch(block -> block instanceof Paragraph paragraph
                && paragraph.text().startsWith("Activity figures as of "));
        String method = "by day " + month.elapsedDays(today) + " of " + month.days() + " that is "
                + month.elapsedDays(today);

        String markdown = ReportMarkdown.render(report);
        assertThat(markdown).contains("Activity figures as of ", "| Expected by now | Forecast |", method);
        String html = ReportHtml.of(report, null);
        assertThat(html).contains("Activity figures as of ", "Expected by now", method);

        String chinese = ReportMarkdown.render(build(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese).contains("活跃类数据截至", "至今应达", "对比期 ");
    }

    @Test
    void onceTheRollupsCaughtUpTheReportSaysNothingOfIt() {
        SignedIn.run(tenant.admin(), rollups::refresh);
        assertThat(ReportMarkdown.render(build(Locale.ENGLISH))).doesNotContain("as of");
    }

    private OperationsReport build(Locale locale) {
        return SignedIn.as(tenant.operator(), () -> reports.build(community,
                ReportPeriod.containing(ReportPeriod.Kind.MONTH, today), locale, done -> { }));
    }
}

package app.communityops.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.report.OperationsReport;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportSnapshot;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportViewTest extends KaribuTest {

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    private String path() {
        return app.communityops.report.ReportNavigation.path(tenant.communityId());
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(app.communityops.report.ReportNavigation::path, tenant);
        assertNotFound("communities/not-an-id/report", tenant.admin());
    }

    @Test
    void platformAdminsAreTurnedAway() {
        assertDenied(path(), tenants.platformAdmin());
    }

    @Test
    void theOperatorGeneratesLastMonthsReportInTheBackgroundAndDownloadsItAsPdfAndMarkdown() throws Exception {
        ReportView view = open(tenant.operator());
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Operations report: Community ");
        assertThat(selectedPeriod().code()).isEqualTo(ReportPeriod.recent(ReportPeriod.Kind.MONTH,
                java.time.LocalDate.now(), 2).get(1).code());
        _assertNone(Anchor.class, spec -> spec.withId("report-pdf"));

        generate(view);

        OperationsReport report = view.report();
        assertThat(report).isNotNull();
        assertThat(_get(H3.class, spec -> spec.withText("1. Manage (管理)"))).isNotNull();
        assertThat(_get(H3.class, spec -> spec.withText("6. Tool (工具)"))).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("report-issuer-name")).getText())
                .isEqualTo(tenant.name());
        _assertNone(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("report-issuer-logo"));
        assertThat(_get(Div.class, spec -> spec.withId("report-section-money")).getClassNames())
                .contains("report-no-data");
        assertThat(_get(Button.class, spec -> spec.withId("report-generate")).isEnabled()).isTrue();
        _assertNone(com.vaadin.flow.component.progressbar.ProgressBar.class);

        byte[] pdf = DownloadKt.download(_get(Anchor.class, spec -> spec.withId("report-pdf")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("2. Custom (用户)", "No data for this period");
        }
        String markdown = new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("report-markdown"))),
                StandardCharsets.UTF_8);
        assertThat(markdown).startsWith(tenant.name() + "\n\n# Operations report: Community ")
                .contains("\n## 5. Money (变现)\n");
    }

    @Test
    void theClientReadsItsReportByQuarterInItsOwnLanguage() throws Exception {
        ReportView view = open(tenant.clientUser().withLocale(Locale.SIMPLIFIED_CHINESE));
        @SuppressWarnings("unchecked")
        Select<ReportPeriod.Kind> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        kind.setValue(ReportPeriod.Kind.QUARTER);
        assertThat(selectedPeriod().kind()).isEqualTo(ReportPeriod.Kind.QUARTER);

        generate(view);

        assertThat(view.report()).isNotNull();
        assertThat(view.report().period()).isEqualTo(selectedPeriod());
        assertThat(_get(H3.class, spec -> spec.withText("二、用户"))).isNotNull();
        assertThat(new String(view.rendered().markdown(), StandardCharsets.UTF_8)).contains("## 五、变现");
    }

    @Test
    void generatingAClosedPeriodIssuesItAndTheClientDownloadsItAsIssued() throws Exception {
        ReportView view = open(tenant.operator());
        _get(Div.class, spec -> spec.withId("report-snapshots-empty"));

        _get(Paragraph.class, spec -> spec.withId("report-issuing-hint"));
        generate(view);

        @SuppressWarnings("unchecked")
        Grid<ReportSnapshot> issued = _get(Grid.class, spec -> spec.withId("report-snapshots"));
        assertThat(GridKt._size(issued)).isEqualTo(1);
        assertThat(GridKt._get(issued, 0).period()).isEqualTo(selectedPeriod());

        ReportView clientView = open(tenant.clientUser());
        _assertNone(Paragraph.class, spec -> spec.withId("report-issuing-hint"));
        String code = selectedPeriod().code();
        @SuppressWarnings("unchecked")
        Grid<ReportSnapshot> seen = _get(Grid.class, spec -> spec.withId("report-snapshots"));
        Anchor link = (Anchor) GridKt._getCellComponent(seen, 0, "pdf");
        // The cell's anchor is made for the row on demand; the issued PDF's bytes are checked in ReportSnapshotTest.
        assertThat(link.getId()).contains("snapshot-pdf-" + code + "-en");
        assertThat(link.getText()).isEqualTo("Download PDF");
        assertThat(clientView.report()).isNull();
    }

    private ReportView open(AppPrincipal user) {
        login(user);
        UI.getCurrent().navigate(path());
        return _get(ReportView.class);
    }

    @SuppressWarnings("unchecked")
    private static ReportPeriod selectedPeriod() {
        return ((Select<ReportPeriod>) _get(Select.class, spec -> spec.withId("report-period"))).getValue();
    }

    private static void generate(ReportView view) throws Exception {
        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        // The worker's updates wait for the page's lock, which the test holds: the page has not frozen.
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("report-progress")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("report-generate")).isEnabled()).isFalse();
        view.pending().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }
}

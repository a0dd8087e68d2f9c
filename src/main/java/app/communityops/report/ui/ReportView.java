package app.communityops.report.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.report.OperationsReport;
import app.communityops.report.ReportMarkdown;
import app.communityops.report.ReportNavigation;
import app.communityops.report.ReportPdf;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportService;
import app.communityops.report.ReportSnapshotService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's operations report for a month or quarter, on screen and as PDF and Markdown downloads. The
 * report, its PDF and its Markdown are made by a worker as the signed-in user while the page shows progress.
 */
@Route(ReportNavigation.REPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PERIODS_SHOWN = 12;

    private final CommunityService communities;
    private final ReportService reports;
    /** The page has no server push: while a worker runs, the browser asks for its progress this often. */
    private static final int POLL_MILLIS = 500;

    private final ImportWorkers workers;
    private final ReportSnapshotService snapshots;
    private final TenantZone zones;
    private @Nullable SnapshotsPanel issued;
    private final ReportDeliveryService deliveries;
    private @Nullable DeliveryPanel delivering;
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Anchor pdfLink = new Anchor();
    private final Anchor markdownLink = new Anchor();
    private final Select<ReportPeriod.Kind> kind = new Select<>();
    private final Select<ReportPeriod> period = new Select<>();
    private final Button generate = new Button();
    private final Div result = new Div();
    private @Nullable CommunitySummary community;
    private @Nullable OperationsReport report;
    private @Nullable Rendered rendered;
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);
    private LocalDate today = LocalDate.now();

    /** What the worker made: the model and both downloads, ready before the page shows any of them. */
    record Rendered(OperationsReport report, byte[] pdf, byte[] markdown) {
    }

    ReportView(CommunityService communities, ReportService reports, ImportWorkers workers,
               ReportSnapshotService snapshots, TenantZone zones, ReportDeliveryService deliveries) {
        this.deliveries = deliveries;
        this.communities = communities;
        this.reports = reports;
        this.workers = workers;
        this.snapshots = snapshots;
        this.zones = zones;
        setId("report-view");
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.view.kind"));
        kind.setItems(ReportPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.period.kind." + k.name()));
        kind.addValueChangeListener(change -> fillPeriods());
        period.setId("report-period");
        period.setLabel(getTranslation("report.view.period"));
        period.setItemLabelGenerator(this::periodLabel);
        generate.setText(getTranslation("report.view.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> generate());
        configureDownload(pdfLink, "report-pdf", "report.view.pdf", VaadinIcon.FILE_O);
        configureDownload(markdownLink, "report-markdown", "report.view.markdown", VaadinIcon.FILE_CODE);
        HorizontalLayout controls = new HorizontalLayout(kind, period, generate, pdfLink, markdownLink);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        progress.setId("report-progress");
        progressText.setId("report-progress-text");
        Div progressBox = new Div(progressText, progress);
        progressBox.setWidth("min(100%, 30em)");
        progress.setVisible(false);
        result.setWidthFull();
        add(controls, progressBox, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = CommunityPage.id(event);
        community = communities.find(id).orElseThrow(NotFoundException::new);
        today = reports.today();
        kind.setValue(ReportPeriod.Kind.MONTH);
        if (issued != null) {
            remove(issued);
        }
        if (delivering != null) {
            remove(delivering);
            delivering = null;
        }
        if (!CurrentUser.require().hasRole(Roles.CLIENT)) {
            delivering = new DeliveryPanel(deliveries, community.id(), period::getValue);
            add(delivering);
        }
        issued = new SnapshotsPanel(snapshots, this::periodLabel, zones.current());
        issued.show(community.id());
        add(issued);
        // Another community's page may reuse this view: nothing of the last report stays on it.
        report = null;
        rendered = null;
        pdfLink.setVisible(false);
        markdownLink.setVisible(false);
        result.removeAll();
        result.add(new Paragraph(getTranslation("report.view.hint")));
        if (!CurrentUser.require().hasRole(Roles.CLIENT)) {
            Paragraph issuing = new Paragraph(getTranslation("report.snapshot.onGenerate"));
            issuing.setId("report-issuing-hint");
            issuing.addClassName("report-hint");
            result.add(issuing);
        }
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("report.view.title")
                : getTranslation("report.view.titleOf", community.name());
    }

    /** The report shown, for tests. */
    @Nullable OperationsReport report() {
        return report;
    }

    /** The downloads of the report shown, for tests. */
    @Nullable Rendered rendered() {
        return rendered;
    }

    /** Completes once the last generation has handed its result to the page, for tests. */
    CompletableFuture<?> pending() {
        return pending;
    }

    private void fillPeriods() {
        ReportPeriod.Kind chosen = kind.getValue() == null ? ReportPeriod.Kind.MONTH : kind.getValue();
        var periods = ReportPeriod.recent(chosen, today, PERIODS_SHOWN);
        period.setItems(periods);
        // The last closed period is what a report is usually wanted for.
        period.setValue(periods.get(1));
    }


    private String periodLabel(ReportPeriod shown) {
        return shown.kind() == ReportPeriod.Kind.MONTH
                ? getTranslation("report.period.month", shown.from().getYear(), shown.from().getMonthValue())
                : getTranslation("report.period.quarter", shown.from().getYear(),
                        (shown.from().getMonthValue() - 1) / 3 + 1);
    }

    private void generate() {
        if (community == null || period.getValue() == null || !generate.isEnabled()) {
            return;
        }
        UUID communityId = community.id();
        ReportPeriod chosen = period.getValue();
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        generate.setEnabled(false);
        showProgress(0);
        ui.setPollInterval(POLL_MILLIS);
        pending = workers.submit(() -> {
            // The model is most of the work; the PDF takes the last part of the bar.
            OperationsReport built = snapshots.generate(communityId, chosen, locale,
                    done -> ImportWorkers.access(ui, () -> showProgress(done * 8 / 10)));
            ImportWorkers.access(ui, () -> showProgress(85));
            return new Rendered(built, ReportPdf.render(built),
                    ReportMarkdown.render(built).getBytes(StandardCharsets.UTF_8));
        }).whenComplete((made, failure) -> ImportWorkers.access(ui, () -> {
            ui.setPollInterval(-1);
            finish(made, failure);
        }));
    }

    private void showProgress(int percent) {
        progress.setVisible(true);
        progress.setValue(percent);
        progressText.setText(getTranslation("report.view.generating", percent));
    }

    private void finish(@Nullable Rendered made, @Nullable Throwable failure) {
        generate.setEnabled(true);
        progress.setVisible(false);
        progressText.setText("");
        if (made == null || failure != null) {
            Notifications.error(getTranslation("report.view.failed"));
            return;
        }
        rendered = made;
        report = made.report();
        result.removeAll();
        result.add(ReportBody.of(made.report()));
        String pdfName = ReportPdf.fileName(made.report(), "pdf");
        String mdName = ReportPdf.fileName(made.report(), "md");
        pdfLink.setHref(download(made.pdf(), pdfName, "application/pdf"));
        markdownLink.setHref(download(made.markdown(), mdName, "text/markdown;charset=UTF-8"));
        pdfLink.setVisible(true);
        markdownLink.setVisible(true);
        if (issued != null) {
            issued.refresh();
        }
    }

    private void configureDownload(Anchor link, String id, String key, VaadinIcon icon) {
        link.setId(id);
        link.setText(getTranslation(key));
        link.addComponentAsFirst(icon.create());
        link.setDownload(true);
        link.setVisible(false);
    }

    private static DownloadHandler download(byte[] bytes, String fileName, String contentType) {
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                contentType, bytes.length));
    }
}

package app.communityops.report.ui;

import app.communityops.report.ReportSnapshot;
import app.communityops.report.ReportSnapshotService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** The reports issued for a community, each downloadable as the PDF that was issued. */
class SnapshotsPanel extends Div {

    private final ReportSnapshotService snapshots;
    private final Grid<ReportSnapshot> grid = new Grid<>();
    private final Div empty = new Div();
    private UUID communityId = new UUID(0, 0);

    SnapshotsPanel(ReportSnapshotService snapshots, Function<app.communityops.report.ReportPeriod, String> periodLabel,
                   ZoneId zone) {
        this.snapshots = snapshots;
        setWidthFull();
        grid.setId("report-snapshots");
        grid.setAllRowsVisible(true);
        grid.addColumn(snapshot -> periodLabel.apply(snapshot.period())).setKey("period")
                .setHeader(getTranslation("report.snapshot.period")).setAutoWidth(true);
        grid.addColumn(snapshot -> Locale.forLanguageTag(snapshot.languageTag()).getDisplayName(getLocale()))
                .setKey("language").setHeader(getTranslation("report.snapshot.language")).setAutoWidth(true);
        grid.addColumn(snapshot -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(snapshot.issuedAt().atZone(zone))).setKey("issuedAt")
                .setHeader(getTranslation("report.snapshot.issuedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::pdfLink).setKey("pdf").setAutoWidth(true);
        empty.setId("report-snapshots-empty");
        empty.addClassName("report-empty");
        // A line of its own under the heading: the icon is text-sized and muted, the sentence carries the message.
        Icon icon = VaadinIcon.ARCHIVE.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("report.snapshot.none")));
        add(new H3(getTranslation("report.snapshot.title")), empty, grid);
    }

    void show(UUID community) {
        this.communityId = community;
        refresh();
    }

    void refresh() {
        var issued = snapshots.list(communityId);
        grid.setItems(issued);
        grid.setVisible(!issued.isEmpty());
        empty.setVisible(issued.isEmpty());
    }

    private Anchor pdfLink(ReportSnapshot snapshot) {
        UUID id = snapshot.id();
        String name = "operations-report-" + snapshot.period().code() + "-" + snapshot.languageTag() + ".pdf";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = snapshots.pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
        }), getTranslation("report.view.pdf"));
        link.setId("snapshot-pdf-" + snapshot.period().code() + "-" + snapshot.languageTag());
        link.setDownload(true);
        return link;
    }
}

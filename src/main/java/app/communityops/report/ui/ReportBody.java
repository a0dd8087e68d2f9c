package app.communityops.report.ui;

import app.communityops.report.OperationsReport;
import app.communityops.report.OperationsReport.Block;
import app.communityops.report.ReportLogo;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The report model as components: every text is set as text, never as HTML, since names come from users. */
final class ReportBody {

    private ReportBody() {
    }

    static Div of(OperationsReport report) {
        Div body = new Div();
        body.setId("report-body");
        body.addClassName("report-body");
        if (report.issuer() != null) {
            body.add(issuer(report.issuer(), report.issuerLogo()));
        }
        H2 title = new H2(report.title());
        title.setId("report-title");
        Paragraph subtitle = new Paragraph(report.subtitle());
        subtitle.addClassName("report-subtitle");
        body.add(title, subtitle);
        for (OperationsReport.Section section : report.sections()) {
            Div part = new Div();
            part.setId("report-section-" + section.key());
            part.addClassName("report-section");
            part.add(new H3(section.heading()));
            if (section.noData()) {
                part.addClassName("report-no-data");
            }
            section.blocks().forEach(block -> part.add(block(block, section.key())));
            body.add(part);
        }
        return body;
    }

    /** The agency's logo and name: the report goes to its clients under its name. */
    private static Div issuer(String name, @Nullable ReportLogo logo) {
        Div issuer = new Div();
        issuer.setId("report-issuer");
        issuer.addClassName("report-issuer");
        if (logo != null) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(logo.bytes()), "logo", logo.contentType(), logo.bytes().length)), "");
            image.setId("report-issuer-logo");
            issuer.add(image);
        }
        Span text = new Span(name);
        text.setId("report-issuer-name");
        issuer.add(text);
        return issuer;
    }

    private static Component block(Block block, String sectionKey) {
        return switch (block) {
            case OperationsReport.Paragraph text -> new Paragraph(text.text());
            case OperationsReport.Facts facts -> facts(facts);
            case OperationsReport.Table table -> table(table);
            case OperationsReport.Chart chart -> chart(chart, sectionKey);
            case OperationsReport.Commentary commentary -> commentary(commentary, sectionKey);
        };
    }

    private static Div commentary(OperationsReport.Commentary commentary, String sectionKey) {
        Div box = new Div();
        box.setId("report-commentary-" + sectionKey);
        box.addClassName("report-commentary");
        box.add(new H4(commentary.heading()));
        for (OperationsReport.Fact note : commentary.notes()) {
            Span label = new Span(note.label());
            label.addClassName("report-commentary-label");
            Paragraph text = new Paragraph(note.value());
            text.addClassName("report-commentary-text");
            box.add(label, text);
        }
        return box;
    }

    private static Div facts(OperationsReport.Facts facts) {
        Div list = new Div();
        list.addClassName("report-facts");
        for (OperationsReport.Fact fact : facts.facts()) {
            Span label = new Span(fact.label());
            label.addClassName("report-fact-label");
            Span value = new Span(fact.value());
            value.addClassName("report-fact-value");
            list.add(label, value);
        }
        return list;
    }

    private static Div table(OperationsReport.Table table) {
        Div holder = new Div();
        holder.addClassName("report-table");
        if (table.rows().isEmpty()) {
            holder.add(new H3(table.caption()), new Paragraph(table.emptyText()));
            return holder;
        }
        Element element = new Element("table");
        element.appendChild(new Element("caption").setText(table.caption()));
        element.appendChild(row("th", table.headers()));
        table.rows().forEach(cells -> element.appendChild(row("td", cells)));
        holder.getElement().appendChild(element);
        return holder;
    }

    private static Element row(String cellTag, List<String> cells) {
        Element tr = new Element("tr");
        cells.forEach(cell -> tr.appendChild(new Element(cellTag).setText(cell)));
        return tr;
    }

    private static Component chart(OperationsReport.Chart chart, String sectionKey) {
        ChartSpec spec = chart.kind() == OperationsReport.ChartKind.LINE
                ? ChartSpec.line(chart.title(), chart.categories())
                : ChartSpec.bar(chart.title(), chart.categories());
        spec.categoryLabel(chart.categoryLabel());
        chart.series().forEach(series -> spec.series(series.name(), List.copyOf(series.values())));
        EChart component = new EChart(spec);
        component.setChartId("report-chart-" + sectionKey);
        return component;
    }
}

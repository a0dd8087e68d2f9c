package app.communityops.shared.ui.echarts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * An ECharts chart drawn from a {@link ChartSpec}, resizing with its container, plus the same data as a table
 * (in a disclosure, for screen readers and anyone who would rather read) and as a CSV download. Size it like any
 * component; the default height is 300px.
 *
 * <p>The table's elements exist only while the disclosure is open, and the CSV is written when it is downloaded: a
 * dashboard holds a dozen charts in every signed-in user's UI, and their tables were a third of its server-side
 * state (about 40 elements per chart) for something few people open.
 */
public class EChart extends Composite<Div> {

    /**
     * Added to the page at attach (once per page: Vaadin skips a script it has already sent), not through
     * {@code @JavaScript}, which would make the development server want to rebuild its frontend bundle with npm.
     */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    // Waits for the script (loaded once per page), then draws; a ResizeObserver follows the container. The first
    // line names the element to draw into: the component's own canvas, or one in another component's markup.
    private static final String DRAW = """
            const el = this;
            """ + drawScript();
    private static final String DRAW_INSIDE = """
            const el = this.querySelector($1); if (!el) return;
            """ + drawScript();

    private static String drawScript() {
        return """
            const option = JSON.parse($0);
            option.textStyle = { color: getComputedStyle(el).color };
            option.backgroundColor = 'transparent';
            const draw = (tries) => {
              if (!window.echarts) { if (tries > 0) setTimeout(() => draw(tries - 1), 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'canvas' });
              chart.setOption(option, true);
              if (!el.__resizer) { el.__resizer = new ResizeObserver(() => chart.resize()); el.__resizer.observe(el); }
            };
            draw(200);""";
    }

    private final Div canvas = new Div();
    /** "No data" in place of the canvas; created only for a chart that has none. */
    private @Nullable Span empty;
    /** The table disclosure and the CSV link; a sparkline has neither (its card shows the figures). */
    private @Nullable DataFooter footer;
    private @Nullable String chartId;
    private @Nullable ChartSpec spec;

    public EChart() {
        Div root = getContent();
        root.addClassName("echart");
        canvas.addClassName("echart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.setHeight("300px");
        root.add(canvas);
    }

    public EChart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    /** Gives the chart and its sub-parts ids derived from {@code id}, for tests and links. */
    public void setChartId(String id) {
        chartId = id;
        getContent().setId(id);
        canvas.setId(id + "-canvas");
        if (footer != null) {
            footer.setIds(id);
        }
    }

    public void setChartHeight(String height) {
        canvas.setHeight(height);
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        canvas.getElement().setAttribute("aria-label", spec.title());
        boolean hasData = !spec.isEmpty();
        canvas.setVisible(hasData);
        if (!hasData && empty == null) {
            empty = new Span(getTranslation("charts.noData"));
            empty.addClassName("echart-empty");
            getContent().addComponentAtIndex(1, empty);
        }
        if (empty != null) {
            empty.setVisible(!hasData);
        }
        if (spec.kind() == ChartSpec.Kind.SPARKLINE) {
            if (footer != null) {
                footer.removeFromParent();
                footer = null;
            }
        } else {
            if (footer == null) {
                footer = new DataFooter();
                if (chartId != null) {
                    footer.setIds(chartId);
                }
                getContent().add(footer);
            }
            footer.show(spec);
        }
        draw();
    }

    /**
     * Draws {@code spec} into the element that {@code selector} finds inside {@code host} on the client, for a small
     * chart (a sparkline) that is part of markup the host writes itself, so that the chart costs the server no
     * component and no data once the instruction has been sent. Sent when the host is attached, once; the host must
     * also {@link #loadScript load the script} when it is attached.
     */
    public static void drawInside(Element host, String selector, ChartSpec spec) {
        if (!spec.isEmpty()) {
            host.executeJs(DRAW_INSIDE, spec.toJson(), selector);
        }
    }

    /** Adds the ECharts script to the page, once per page, for {@link #drawInside}. */
    public static void loadScript(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }

    public @Nullable ChartSpec getSpec() {
        return spec;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        if (spec != null && !spec.isEmpty() && isAttached()) {
            canvas.getElement().executeJs(DRAW, spec.toJson());
        }
    }

    /** The same data as a table in a disclosure, and as a CSV download. */
    private static final class DataFooter extends Div {

        private final Div tableHolder = new Div();
        private final Details tableDetails = new Details();
        private final Anchor csv = new Anchor();
        private @Nullable ChartSpec shown;

        DataFooter() {
            addClassName("echart-footer");
            tableDetails.setSummaryText(getTranslation("charts.table"));
            tableDetails.add(tableHolder);
            tableDetails.addClassName("echart-table");
            tableDetails.addOpenedChangeListener(event -> renderTable());
            // The link's icon and text as markup: one state-tree node instead of three, in every chart of every UI.
            csv.getElement().setProperty("innerHTML", "<vaadin-icon icon=\"vaadin:download-alt\"></vaadin-icon>"
                    + HtmlUtils.htmlEscape(getTranslation("charts.downloadCsv"), "UTF-8"));
            csv.addClassName("echart-csv");
            csv.setDownload(true);
            add(tableDetails, csv);
        }

        void setIds(String id) {
            tableHolder.setId(id + "-table");
            csv.setId(id + "-csv");
        }

        void show(ChartSpec spec) {
            shown = spec;
            renderTable();
            String fileName = fileName(spec.title());
            csv.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = ChartCsv.of(spec).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                        bytes.length);
            }));
        }

        private void renderTable() {
            tableHolder.getElement().removeAllChildren();
            ChartSpec spec = shown;
            if (spec == null || !tableDetails.isOpened()) {
                return;
            }
            List<List<String>> rows = spec.table();
            Element table = new Element("table");
            table.getClassList().add("echart-data");
            table.appendChild(new Element("caption").setText(spec.title()));
            for (int i = 0; i < rows.size(); i++) {
                Element tr = new Element("tr");
                for (int j = 0; j < rows.get(i).size(); j++) {
                    boolean header = i == 0 || j == 0;
                    Element cell = new Element(header ? "th" : "td").setText(rows.get(i).get(j));
                    if (header) {
                        cell.setAttribute("scope", i == 0 ? "col" : "row");
                    }
                    tr.appendChild(cell);
                }
                table.appendChild(tr);
            }
            tableHolder.getElement().appendChild(table);
        }
    }

    static String fileName(String title) {
        String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "chart" : base) + ".csv";
    }
}

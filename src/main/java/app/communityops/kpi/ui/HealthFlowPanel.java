package app.communityops.kpi.ui;

import app.communityops.members.HealthFlow;
import app.communityops.members.HealthFlows;
import app.communityops.members.HealthLabels;
import app.communityops.members.HealthSegment;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a community's members move between health segments month by month: one stacked column per month with the
 * members in each segment at its end (the running month so far), the joiners and leavers under it, and the same
 * moves, from-to, as a table for screen readers and anyone who would rather read. Drawn as markup in one element,
 * like the KPI cards, so six months of columns cost the server no components.
 */
class HealthFlowPanel extends Div {

    /** Best first in the legend; the stack draws the best at the top. */
    private static final List<HealthSegment> ORDER = List.of(HealthSegment.values());

    private final Div chart = new Div();
    private final Div legend = new Div();
    private final Div tableHolder = new Div();
    private final Details table = new Details();
    private final Paragraph asOf = new Paragraph();
    private final Div empty = new Div();
    private @Nullable HealthFlows shown;

    HealthFlowPanel() {
        setId("dashboard-health-flow");
        addClassName("dashboard-panel");
        chart.setId("dashboard-health-flow-chart");
        chart.addClassName("health-flow");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", getTranslation("health.flow.title"));
        legend.addClassName("health-flow-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        Paragraph hint = new Paragraph(getTranslation("health.flow.hint"));
        hint.addClassName("dashboard-hint");
        asOf.setId("dashboard-health-flow-as-of");
        asOf.addClassName("dashboard-hint");
        empty.setId("dashboard-health-flow-empty");
        empty.addClassName("empty-state");
        tableHolder.setId("dashboard-health-flow-table");
        table.setId("dashboard-health-flow-details");
        table.setSummaryText(getTranslation("health.flow.table"));
        table.add(tableHolder);
        table.addClassName("echart-table");
        table.addOpenedChangeListener(event -> renderTable());
        add(new H3(getTranslation("health.flow.title")), hint, asOf, empty, chart, legend, table);
    }

    void show(HealthFlows flows, String asOfText) {
        shown = flows;
        boolean hasData = !flows.isEmpty();
        empty.setVisible(!hasData);
        chart.setVisible(hasData);
        legend.setVisible(hasData);
        table.setVisible(hasData);
        asOf.setVisible(!asOfText.isEmpty());
        asOf.setText(asOfText);
        if (!hasData) {
            Markup.emptyState(empty, "chart-grid", getTranslation(flows.hasMembers() ? "health.noScores"
                    : "health.noMembers"));
            return;
        }
        int tallest = flows.months().stream().mapToInt(month -> total(flows, month)).max().orElse(0);
        StringBuilder html = new StringBuilder(2_000);
        for (YearMonth month : flows.months()) {
            html.append("<div class=\"health-flow-month\" id=\"dashboard-health-flow-").append(month).append("\">");
            int total = total(flows, month);
            if (total == 0) {
                html.append("<div class=\"health-flow-bar\"><span class=\"health-flow-label\">")
                        .append(Markup.escape(getTranslation("health.flow.noMonth"))).append("</span></div>");
            } else {
                stack(html, flows, month, total, tallest);
            }
            int joined = flows.of(month).stream().filter(flow -> flow.from() == null).mapToInt(HealthFlow::members)
                    .sum();
            int left = flows.of(month).stream().filter(flow -> flow.to() == null).mapToInt(HealthFlow::members)
                    .sum();
            html.append("<span class=\"health-flow-moves\">+").append(joined).append(" / −").append(left)
                    .append("</span><span class=\"health-flow-label\">").append(Markup.escape(monthName(flows, month)))
                    .append("</span></div>");
        }
        chart.getElement().setProperty("innerHTML", html.toString());
        StringBuilder keys = new StringBuilder();
        for (HealthSegment segment : ORDER) {
            keys.append("<span class=\"").append(fill(segment))
                    .append("\" style=\"background: none;\">").append(Markup.escape(HealthLabels.segment(this, segment)))
                    .append("</span>");
        }
        keys.append("<span>").append(Markup.escape("+ " + getTranslation("health.flow.joined") + " / − "
                + getTranslation("health.flow.left"))).append("</span>");
        legend.getElement().setProperty("innerHTML", keys.toString());
        renderTable();
    }

    /** The month's stack, its height in proportion to the largest month, so months compare by size. */
    private void stack(StringBuilder html, HealthFlows flows, YearMonth month, int total, int tallest) {
        html.append("<div class=\"health-flow-bar\"><div class=\"health-flow-stack\" style=\"height: ")
                .append(Math.max(1, total * 100 / tallest)).append("%;\" title=\"")
                .append(Markup.escape(getTranslation("health.flow.column", monthName(flows, month), total)))
                .append("\">");
        for (HealthSegment segment : ORDER.reversed()) {
            int members = flows.endingIn(month, segment);
            if (members > 0) {
                html.append("<span class=\"").append(fill(segment)).append("\" style=\"flex: ").append(members)
                        .append(" 0 0;\" title=\"")
                        .append(Markup.escape(HealthLabels.segment(this, segment) + ": " + members))
                        .append("\"></span>");
            }
        }
        html.append("</div></div>");
    }

    /** The segment's fill colour (styles.css, "member health"). */
    private static String fill(HealthSegment segment) {
        return "health-fill-" + HealthLabels.cssClass(segment).substring("health-".length());
    }

    private static int total(HealthFlows flows, YearMonth month) {
        return flows.of(month).stream().filter(flow -> flow.to() != null).mapToInt(HealthFlow::members).sum();
    }

    private String monthName(HealthFlows flows, YearMonth month) {
        String name = DateTimeFormatter.ofPattern(getTranslation("health.flow.monthPattern"), getLocale())
                .format(month);
        return month.equals(flows.months().getLast()) ? getTranslation("health.flow.running", name) : name;
    }

    /** Built only while the disclosure is open, as the charts' tables are. */
    private void renderTable() {
        tableHolder.getElement().removeAllChildren();
        HealthFlows flows = shown;
        if (flows == null || !table.isOpened()) {
            return;
        }
        Element element = new Element("table");
        element.getClassList().add("echart-data");
        element.appendChild(new Element("caption").setText(getTranslation("health.flow.title")));
        Element header = new Element("tr");
        for (String key : List.of("health.flow.month", "health.flow.from", "health.flow.to", "health.flow.members")) {
            header.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        element.appendChild(header);
        List<HealthFlow> rows = flows.flows().stream().sorted(Comparator.comparing(HealthFlow::month)
                .thenComparing(flow -> flow.from() == null ? -1 : flow.from().ordinal())
                .thenComparing(flow -> flow.to() == null ? 99 : flow.to().ordinal())).toList();
        for (HealthFlow flow : rows) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(monthName(flows, flow.month())));
            tr.appendChild(new Element("td").setText(flow.from() == null ? getTranslation("health.flow.joined")
                    : HealthLabels.segment(this, flow.from())));
            tr.appendChild(new Element("td").setText(flow.to() == null ? getTranslation("health.flow.left")
                    : HealthLabels.segment(this, flow.to())));
            tr.appendChild(new Element("td").setText(String.valueOf(flow.members())));
            element.appendChild(tr);
        }
        tableHolder.getElement().appendChild(element);
    }
}

package app.communityops.kpi.ui;

import static app.communityops.kpi.ui.Markup.escape;

import app.communityops.kpi.DayPoint;
import app.communityops.kpi.KpiStatus;
import app.communityops.kpi.KpiValue;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI as a card: value in its unit, target, status, change against the span it compares with ("vs 1–5 Nov";
 * green when the move is good for this KPI, whichever way it points), while the period runs where the target says it
 * should be by now and where it is heading (the method on hover, {@link KpiPace}), a sparkline where the KPI has daily values, and its definition on
 * hover, on keyboard focus and for screen readers.
 *
 * <p>The card is one server-side element whose inside is written as markup: a dashboard shows 22 cards in every
 * signed-in user's UI, and built from components each card was 18 state-tree nodes (elements and their text nodes)
 * held for as long as the page stays open, for content that never changes while it is shown (a new period builds
 * new cards). Every text and attribute value is HTML-escaped ({@link Markup#escape}); the browser gets the same elements,
 * ids and classes as before, so the stylesheet, screen readers and browser tests read it the same. The sparkline is
 * drawn into its place in the markup; the server keeps none of its data once it has been sent.
 */
class KpiCard extends Div {

    private final boolean drawsChart;

    KpiCard(String idPrefix, KpiValue kpi, boolean sparkline) {
        String key = kpi.kpi().name();
        setId(idPrefix + "-card-" + key);
        addClassName("dashboard-card");
        String name = getTranslation(kpi.kpi().nameKey());
        String definition = getTranslation(kpi.kpi().definitionKey());
        String nameId = idPrefix + "-name-" + key;

        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"dashboard-card-head\">")
                .append("<div class=\"dashboard-card-title\" id=\"").append(escape(nameId))
                .append("\" tabindex=\"0\" aria-description=\"").append(escape(definition)).append("\">")
                .append("<span class=\"dashboard-card-name\">").append(escape(name)).append("</span>")
                .append("<vaadin-icon icon=\"vaadin:info-circle-o\" class=\"dashboard-card-info\"></vaadin-icon>")
                .append("</div>")
                .append("<vaadin-tooltip for=\"").append(escape(nameId)).append("\" text=\"")
                .append(escape(definition)).append("\"></vaadin-tooltip>");
        // Without a target the line below already says so; a "no target" badge would only repeat it.
        if (kpi.status() != KpiStatus.NONE) {
            html.append("<span id=\"").append(escape(idPrefix + "-status-" + key)).append("\" class=\"status-badge ")
                    .append(KpiLabels.statusClass(kpi.status())).append("\">")
                    .append(escape(getTranslation("kpi.status." + kpi.status().name()))).append("</span>");
        }
        html.append("</div>");

        html.append("<span id=\"").append(escape(idPrefix + "-value-" + key))
                .append("\" class=\"dashboard-card-value\">")
                .append(escape(DashboardFormat.value(this, kpi.kpi(), kpi.value(), kpi.currency()))).append("</span>");

        String target = kpi.target() == null ? getTranslation("dashboard.card.noTarget")
                : getTranslation("dashboard.card.target",
                        DashboardFormat.value(this, kpi.kpi(), kpi.target(), kpi.currency()));
        html.append("<div class=\"dashboard-card-meta\">")
                .append("<span id=\"").append(escape(idPrefix + "-target-" + key))
                .append("\" class=\"dashboard-card-target\">").append(escape(target)).append("</span>");
        change(html, idPrefix + "-change-" + key, kpi);
        html.append("</div>");
        KpiPace.line(this, html, idPrefix + "-pace-" + key, kpi);

        drawsChart = sparkline && !kpi.series().isEmpty();
        if (drawsChart) {
            String chartId = idPrefix + "-spark-" + key;
            ChartSpec spec = sparkline(kpi, name);
            // The same elements an EChart has, so the sparkline's styles and the browser tests find it as before.
            html.append("<div id=\"").append(escape(chartId)).append("\" class=\"echart dashboard-sparkline\">")
                    .append("<div id=\"").append(escape(chartId + "-canvas"))
                    .append("\" class=\"echart-canvas\" role=\"img\" aria-label=\"").append(escape(spec.title()))
                    .append("\" style=\"height: 44px;\"></div></div>");
            EChart.drawInside(getElement(), ".echart-canvas", spec);
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (drawsChart) {
            EChart.loadScript(attachEvent.getUI());
        }
    }

    private void change(StringBuilder html, String id, KpiValue kpi) {
        BigDecimal percent = kpi.changePercent();
        html.append("<span id=\"").append(escape(id)).append("\" class=\"dashboard-change ");
        if (percent == null) {
            html.append("flat\">").append(escape(getTranslation("dashboard.card.noChange"))).append("</span>");
            return;
        }
        boolean good = percent.signum() != 0 && (percent.signum() > 0) == kpi.kpi().higherIsBetter();
        // The arrow is drawn by the stylesheet from the direction class.
        html.append(percent.signum() == 0 ? "flat" : good ? "good" : "bad").append(' ')
                .append(percent.signum() > 0 ? "up" : percent.signum() < 0 ? "down" : "level")
                .append("\" title=\"").append(escape(getTranslation(percent.signum() == 0 ? "dashboard.card.flat"
                        : good ? "dashboard.card.good" : "dashboard.card.bad")))
                .append("\">").append(escape(DashboardFormat.changeVersus(this, percent, kpi.compared())))
                .append("</span>");
    }

    private ChartSpec sparkline(KpiValue kpi, String name) {
        List<String> days = kpi.series().stream().map(point -> point.day().toString()).toList();
        List<Number> values = kpi.series().stream().map(KpiCard::valueOf).toList();
        return ChartSpec.sparkline(getTranslation("dashboard.card.trend", name), days, name, values)
                .categoryLabel(getTranslation("dashboard.chart.day"));
    }

    static Number valueOf(DayPoint point) {
        @Nullable BigDecimal value = point.value();
        return value == null ? BigDecimal.ZERO : value;
    }
}

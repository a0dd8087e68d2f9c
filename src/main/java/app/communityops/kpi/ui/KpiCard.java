package app.communityops.kpi.ui;

import app.communityops.kpi.DayPoint;
import app.communityops.kpi.KpiStatus;
import app.communityops.kpi.KpiValue;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KPI as a card: value in its unit, target, status, change against the previous period (green when the move is
 * good for this KPI, whichever way it points), a sparkline where the KPI has daily values, and its definition on
 * hover and for screen readers.
 */
class KpiCard extends Div {

    private final String idPrefix;

    KpiCard(String idPrefix, KpiValue kpi, boolean sparkline) {
        String key = kpi.kpi().name();
        this.idPrefix = idPrefix;
        setId(idPrefix + "-card-" + key);
        addClassName("dashboard-card");
        String definition = getTranslation(kpi.kpi().definitionKey());

        Span name = new Span(getTranslation(kpi.kpi().nameKey()));
        name.addClassName("dashboard-card-name");
        Icon info = VaadinIcon.INFO_CIRCLE_O.create();
        info.addClassName("dashboard-card-info");
        Div title = new Div(name, info);
        title.addClassName("dashboard-card-title");
        title.setId(idPrefix + "-name-" + key);
        title.getElement().setAttribute("tabindex", "0");
        title.getElement().setAttribute("aria-description", definition);
        Tooltip.forComponent(title).setText(definition);
        Div head = new Div(title);
        head.addClassName("dashboard-card-head");
        // Without a target the line below already says so; a "no target" badge would only repeat it.
        if (kpi.status() != KpiStatus.NONE) {
            head.add(KpiLabels.status(this, kpi.status(), idPrefix + "-status-" + key));
        }

        Span value = new Span(DashboardFormat.value(this, kpi.kpi(), kpi.value(), kpi.currency()));
        value.setId(idPrefix + "-value-" + key);
        value.addClassName("dashboard-card-value");

        Span target = new Span(kpi.target() == null ? getTranslation("dashboard.card.noTarget")
                : getTranslation("dashboard.card.target",
                        DashboardFormat.value(this, kpi.kpi(), kpi.target(), kpi.currency())));
        target.setId(idPrefix + "-target-" + key);
        target.addClassName("dashboard-card-target");
        Div meta = new Div(target, change(kpi));
        meta.addClassName("dashboard-card-meta");
        add(head, value, meta);
        if (sparkline && !kpi.series().isEmpty()) {
            add(sparkline(kpi));
        }
    }

    private Span change(KpiValue kpi) {
        BigDecimal percent = kpi.changePercent();
        Span change = new Span();
        change.setId(idPrefix + "-change-" + kpi.kpi().name());
        change.addClassName("dashboard-change");
        if (percent == null) {
            change.setText(getTranslation("dashboard.card.noChange"));
            change.addClassName("flat");
            return change;
        }
        boolean good = percent.signum() != 0 && (percent.signum() > 0) == kpi.kpi().higherIsBetter();
        // The arrow is drawn by the stylesheet from the direction class: one element per card instead of three.
        change.addClassName(percent.signum() == 0 ? "flat" : good ? "good" : "bad");
        change.addClassName(percent.signum() > 0 ? "up" : percent.signum() < 0 ? "down" : "level");
        change.setText(getTranslation("dashboard.card.change", DashboardFormat.change(this, percent)));
        change.getElement().setAttribute("title", getTranslation(percent.signum() == 0 ? "dashboard.card.flat"
                : good ? "dashboard.card.good" : "dashboard.card.bad"));
        return change;
    }

    private EChart sparkline(KpiValue kpi) {
        List<String> days = kpi.series().stream().map(point -> point.day().toString()).toList();
        List<Number> values = kpi.series().stream().map(KpiCard::valueOf).toList();
        String name = getTranslation(kpi.kpi().nameKey());
        EChart chart = new EChart(ChartSpec.sparkline(getTranslation("dashboard.card.trend", name), days, name,
                values).categoryLabel(getTranslation("dashboard.chart.day")));
        chart.setChartId(idPrefix + "-spark-" + kpi.kpi().name());
        chart.setChartHeight("44px");
        chart.addClassName("dashboard-sparkline");
        return chart;
    }

    static Number valueOf(DayPoint point) {
        @Nullable BigDecimal value = point.value();
        return value == null ? BigDecimal.ZERO : value;
    }
}

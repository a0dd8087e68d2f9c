package app.communityops.kpi.ui;

import app.communityops.kpi.DayPoint;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiValue;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chosen KPI day by day over the period, with its target as a line. Counts of events (joins, departures,
 * publications) are drawn as a running total, because their target is for the whole period; levels (members, DAU)
 * are drawn as they are.
 */
class SeriesPanel extends Div {

    private final Select<Kpi> kpi = new Select<>();
    private final EChart chart = new EChart();
    private final Paragraph hint = new Paragraph();
    private @Nullable KpiBoard board;

    SeriesPanel() {
        addClassName("dashboard-panel");
        kpi.setId("dashboard-series-kpi");
        kpi.setLabel(getTranslation("dashboard.series.kpi"));
        kpi.setItemLabelGenerator(item -> getTranslation(item.nameKey()));
        kpi.addValueChangeListener(change -> draw());
        chart.setChartId("dashboard-series");
        hint.addClassName("dashboard-hint");
        add(new H3(getTranslation("dashboard.series.title")), kpi, hint, chart);
    }

    void show(KpiBoard shown) {
        board = shown;
        List<Kpi> daily = shown.values().stream().filter(value -> !value.series().isEmpty()).map(KpiValue::kpi)
                .toList();
        Kpi chosen = kpi.getValue();
        kpi.setItems(daily);
        kpi.setValue(daily.contains(chosen) ? chosen : daily.contains(Kpi.DAU) ? Kpi.DAU
                : daily.isEmpty() ? null : daily.getFirst());
        draw();
    }

    private void draw() {
        Kpi chosen = kpi.getValue();
        KpiValue value = board == null || chosen == null ? null : board.value(chosen).orElse(null);
        if (value == null) {
            hint.setVisible(false);
            chart.setSpec(ChartSpec.line(getTranslation("dashboard.series.title"), List.of()));
            return;
        }
        boolean cumulative = chosen.daily() == Kpi.Daily.RUNNING_TOTAL;
        String name = getTranslation(chosen.nameKey());
        hint.setText(getTranslation(cumulative ? "dashboard.series.cumulative" : "dashboard.series.daily"));
        hint.setVisible(true);
        List<String> days = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (DayPoint point : value.series()) {
            days.add(point.day().toString());
            BigDecimal day = (BigDecimal) KpiCard.valueOf(point);
            running = running.add(day);
            values.add(cumulative ? running : day);
        }
        ChartSpec spec = ChartSpec.line(getTranslation("dashboard.series.chartTitle", name), days)
                .categoryLabel(getTranslation("dashboard.chart.day")).series(name, values);
        if (value.target() != null) {
            spec.target(getTranslation("dashboard.chart.target"), value.target());
        }
        chart.setSpec(spec);
    }

    Select<Kpi> kpiSelect() {
        return kpi;
    }
}

package app.communityops.kpi.ui;

import app.communityops.kpi.CohortMatrix;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Monthly join cohorts as a heatmap: one row per join month, one column per month since joining, the share of the
 * cohort active in it. The newest cohort is listed first, which ECharts draws at the bottom, oldest on top.
 */
class CohortPanel extends Div {

    static final int MONTHS = 6;

    private final EChart chart = new EChart();

    CohortPanel() {
        addClassName("dashboard-panel");
        chart.setChartId("dashboard-cohorts");
        chart.setChartHeight("320px");
        Paragraph hint = new Paragraph(getTranslation("dashboard.cohort.hint"));
        hint.addClassName("dashboard-hint");
        add(new H3(getTranslation("dashboard.cohort.title")), hint, chart);
    }

    void show(CohortMatrix matrix) {
        List<CohortMatrix.Cohort> cohorts = new ArrayList<>(matrix.cohorts());
        cohorts.sort((a, b) -> b.month().compareTo(a.month()));
        int columns = cohorts.stream().mapToInt(cohort -> cohort.retainedPercent().size()).max().orElse(0);
        List<String> offsets = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            offsets.add(getTranslation("dashboard.cohort.offset", String.valueOf(i)));
        }
        List<String> rows = cohorts.stream().map(cohort -> getTranslation("dashboard.cohort.row",
                cohort.month().toString(), String.valueOf(cohort.members()))).toList();
        ChartSpec spec = ChartSpec.heatmap(getTranslation("dashboard.cohort.title"),
                getTranslation("dashboard.cohort.value"), offsets, rows)
                .categoryLabel(getTranslation("dashboard.cohort.cohort"));
        for (int y = 0; y < cohorts.size(); y++) {
            CohortMatrix.Cohort cohort = cohorts.get(y);
            if (cohort.members() == 0) {
                continue;
            }
            List<@Nullable BigDecimal> retained = cohort.retainedPercent();
            for (int x = 0; x < retained.size(); x++) {
                if (retained.get(x) != null) {
                    spec.cell(x, y, retained.get(x));
                }
            }
        }
        chart.setSpec(spec);
    }
}

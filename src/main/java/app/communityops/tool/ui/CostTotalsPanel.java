package app.communityops.tool.ui;

import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import app.communityops.tool.CostTotal;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly cost per category and per community (each per currency, from SQL), with a bar chart of the first:
 * one bar series per currency, because amounts in different currencies are never added up.
 */
class CostTotalsPanel extends Div {

    private final Grid<CostTotal> byCategory = totalsGrid("tools-totals-category", "tool.column.category");
    private final Grid<CostTotal> byCommunity = totalsGrid("tools-totals-community", "tool.filter.community");
    private final EChart chart = new EChart();
    private final Span empty = new Span();

    CostTotalsPanel() {
        addClassName("tool-totals");
        chart.setChartId("tools-cost-chart");
        chart.setChartHeight("260px");
        empty.setId("tools-totals-empty");
        empty.setText(getTranslation("tool.totals.empty"));
        empty.addClassName("echart-empty");
        Div category = new Div(new H3(getTranslation("tool.totals.byCategory")), byCategory);
        category.addClassName("tool-totals-block");
        Div community = new Div(new H3(getTranslation("tool.totals.byCommunity")), byCommunity);
        community.addClassName("tool-totals-block");
        Div chartBlock = new Div(new H3(getTranslation("tool.chart.title")), chart);
        chartBlock.addClassName("tool-totals-chart");
        add(empty, chartBlock, category, community);
    }

    void show(List<CostTotal> categories, List<CostTotal> communities) {
        byCategory.setItems(categories);
        byCommunity.setItems(communities);
        chart.setSpec(chartOf(categories));
        empty.setVisible(categories.isEmpty());
        getChildren().filter(child -> child != empty).forEach(child -> child.setVisible(!categories.isEmpty()));
    }

    private ChartSpec chartOf(List<CostTotal> totals) {
        List<String> categories = totals.stream().map(CostTotal::label).distinct().toList();
        List<String> currencies = totals.stream().map(CostTotal::currency).distinct().sorted().toList();
        ChartSpec spec = ChartSpec.bar(getTranslation("tool.chart.title"), categories)
                .categoryLabel(getTranslation("tool.chart.category"));
        for (String currency : currencies) {
            List<Number> values = new ArrayList<>();
            for (String category : categories) {
                values.add(totals.stream().filter(t -> t.label().equals(category) && t.currency().equals(currency))
                        .map(CostTotal::monthly).findFirst().orElse(BigDecimal.ZERO));
            }
            spec.series(currency, values);
        }
        return spec;
    }

    private Grid<CostTotal> totalsGrid(String id, String labelKey) {
        Grid<CostTotal> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(CostTotal::label).setKey("label").setHeader(getTranslation(labelKey)).setFlexGrow(2);
        grid.addColumn(total -> ToolLabels.money(getLocale(), total)).setKey("monthly")
                .setHeader(getTranslation("tool.totals.monthly")).setTextAlign(
                        com.vaadin.flow.component.grid.ColumnTextAlign.END);
        return grid;
    }
}

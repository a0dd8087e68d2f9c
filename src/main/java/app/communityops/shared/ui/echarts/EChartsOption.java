package app.communityops.shared.ui.echarts;

import static app.communityops.shared.ui.echarts.ChartSpec.map;

import app.communityops.shared.ui.echarts.ChartSpec.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ChartSpec} into an ECharts option. No theme and no colours are set here, so charts follow
 * ECharts' neutral palette; the component gives text the page's own colour.
 */
final class EChartsOption {

    private EChartsOption() {
    }

    static Map<String, Object> of(ChartSpec spec) {
        return switch (spec.kind()) {
            case BAR, LINE -> axes(spec);
            case PIE -> pie(spec);
            case FUNNEL -> funnel(spec);
            case HEATMAP -> heatmap(spec);
            case SPARKLINE -> sparkline(spec);
        };
    }

    private static Map<String, Object> axes(ChartSpec spec) {
        String type = spec.kind() == ChartSpec.Kind.BAR ? "bar" : "line";
        List<Object> series = new ArrayList<>();
        for (Series s : spec.allSeries()) {
            series.add(map("type", type, "name", s.name(), "data", s.values()));
        }
        if (spec.targetValue() != null && !series.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) series.getFirst();
            first.put("markLine", map("symbol", "none", "lineStyle", map("type", "dashed"),
                    "label", map("position", "insideEndTop", "formatter", spec.targetLabel() + ": {c}"),
                    "data", List.of(map("name", spec.targetLabel(), "yAxis", spec.targetValue()))));
        }
        return map("tooltip", map("trigger", "axis"),
                "legend", map("show", spec.allSeries().size() > 1, "bottom", 0),
                "grid", map("left", 8, "right", 16, "top", 16, "bottom", spec.allSeries().size() > 1 ? 32 : 8,
                        "containLabel", true),
                "xAxis", map("type", "category", "data", spec.categories(), "axisLabel", map("interval", 0, "hideOverlap", true)),
                "yAxis", map("type", "value"),
                "series", series);
    }

    private static Map<String, Object> pie(ChartSpec spec) {
        return map("tooltip", map("trigger", "item"),
                "legend", map("bottom", 0),
                "series", List.of(map("type", "pie", "name", spec.allSeries().getFirst().name(),
                        "radius", List.of("40%", "70%"), "data", named(spec))));
    }

    private static Map<String, Object> funnel(ChartSpec spec) {
        return map("tooltip", map("trigger", "item"),
                "series", List.of(map("type", "funnel", "name", spec.allSeries().getFirst().name(), "sort", "none",
                        // With the count in the label a stage nobody reached still says so: its shape has no width.
                        "left", "10%", "width", "80%",
                        "label", map("show", true, "position", "inside", "formatter", "{b}: {c}"),
                        "data", named(spec))));
    }

    private static Map<String, Object> heatmap(ChartSpec spec) {
        List<List<Number>> data = new ArrayList<>();
        double max = 0;
        for (ChartSpec.Cell cell : spec.cells()) {
            data.add(List.of(cell.x(), cell.y(), cell.value()));
            max = Math.max(max, cell.value().doubleValue());
        }
        return map("tooltip", map("position", "top"),
                "grid", map("left", 8, "right", 8, "top", 8, "bottom", 48, "containLabel", true),
                "xAxis", map("type", "category", "data", spec.categories()),
                "yAxis", map("type", "category", "data", spec.rowCategories()),
                "visualMap", map("min", 0, "max", max == 0 ? 1 : max, "calculable", true, "orient", "horizontal",
                        "left", "center", "bottom", 0),
                "series", List.of(map("type", "heatmap", "name", spec.allSeries().getFirst().name(), "data", data,
                        "label", map("show", true))));
    }

    private static Map<String, Object> sparkline(ChartSpec spec) {
        Series only = spec.allSeries().getFirst();
        return map("grid", map("left", 0, "right", 0, "top", 2, "bottom", 2),
                "tooltip", map("trigger", "axis"),
                "xAxis", map("type", "category", "show", false, "data", spec.categories()),
                "yAxis", map("type", "value", "show", false, "scale", true),
                "series", List.of(map("type", "line", "name", only.name(), "data", only.values(), "symbol", "none",
                        "smooth", true, "areaStyle", map("opacity", 0.15))));
    }

    private static List<Map<String, Object>> named(ChartSpec spec) {
        List<Map<String, Object>> data = new ArrayList<>();
        List<Number> values = spec.allSeries().getFirst().values();
        for (int i = 0; i < spec.categories().size(); i++) {
            data.add(map("name", spec.categories().get(i), "value", values.get(i)));
        }
        return data;
    }
}

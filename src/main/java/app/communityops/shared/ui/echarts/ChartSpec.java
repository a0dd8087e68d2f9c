package app.communityops.shared.ui.echarts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart described in Java: its kind, categories and series (or heatmap cells). The same description gives the
 * ECharts option, the accessible data table and the CSV, so the three can never disagree. Labels are passed in
 * already translated.
 */
public final class ChartSpec {

    /** The chart kinds the console needs. */
    public enum Kind { BAR, LINE, PIE, FUNNEL, HEATMAP, SPARKLINE }

    /** A named row of values, one per category. */
    public record Series(String name, List<Number> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** One heatmap cell: column index, row index, value. */
    public record Cell(int x, int y, Number value) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Kind kind;
    private final String title;
    private final List<String> categories = new ArrayList<>();
    private final List<String> rowCategories = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private String categoryLabel = "";
    private @Nullable Number target;
    private String targetLabel = "";

    private ChartSpec(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public static ChartSpec bar(String title, List<String> categories) {
        return new ChartSpec(Kind.BAR, title).categories(categories);
    }

    public static ChartSpec line(String title, List<String> categories) {
        return new ChartSpec(Kind.LINE, title).categories(categories);
    }

    /** Slices are added with {@link #slice}. */
    public static ChartSpec pie(String title, String valueName) {
        return new ChartSpec(Kind.PIE, title).withSeries(new Series(valueName, List.of()));
    }

    /** Stages are added, top first, with {@link #slice}. */
    public static ChartSpec funnel(String title, String valueName) {
        return new ChartSpec(Kind.FUNNEL, title).withSeries(new Series(valueName, List.of()));
    }

    /** Cells are added with {@link #cell}; {@code columns} run along x, {@code rows} along y. */
    public static ChartSpec heatmap(String title, String valueName, List<String> columns, List<String> rows) {
        ChartSpec spec = new ChartSpec(Kind.HEATMAP, title).categories(columns).withSeries(new Series(valueName, List.of()));
        spec.rowCategories.addAll(rows);
        return spec;
    }

    /** A small axis-less trend line, e.g. in a KPI card. */
    public static ChartSpec sparkline(String title, List<String> categories, String valueName, List<Number> values) {
        return new ChartSpec(Kind.SPARKLINE, title).categories(categories).series(valueName, values);
    }

    public ChartSpec series(String name, List<Number> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("Series " + name + " has " + values.size() + " values for "
                    + categories.size() + " categories");
        }
        return withSeries(new Series(name, values));
    }

    public ChartSpec slice(String name, Number value) {
        categories.add(name);
        Series only = series.getFirst();
        List<Number> values = new ArrayList<>(only.values());
        values.add(value);
        series.set(0, new Series(only.name(), values));
        return this;
    }

    public ChartSpec cell(int x, int y, Number value) {
        cells.add(new Cell(x, y, value));
        return this;
    }

    /** A horizontal target line (line and bar charts). */
    public ChartSpec target(String label, Number value) {
        this.targetLabel = label;
        this.target = value;
        return this;
    }

    /** The header of the category column in the table and the CSV. */
    public ChartSpec categoryLabel(String label) {
        this.categoryLabel = label;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().isEmpty()) && cells.isEmpty();
    }

    /** The ECharts option, as JSON. */
    public String toJson() {
        return JSON.writeValueAsString(EChartsOption.of(this));
    }

    /** The data as a table: a header row, then one row per category (or per heatmap row). */
    public List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        if (kind == Kind.HEATMAP) {
            List<String> header = new ArrayList<>();
            header.add(categoryLabel);
            header.addAll(categories);
            rows.add(header);
            for (int y = 0; y < rowCategories.size(); y++) {
                List<String> row = new ArrayList<>();
                row.add(rowCategories.get(y));
                for (int x = 0; x < categories.size(); x++) {
                    row.add(cellValue(x, y));
                }
                rows.add(row);
            }
            return rows;
        }
        List<String> header = new ArrayList<>();
        header.add(categoryLabel);
        series.forEach(s -> header.add(s.name()));
        if (target != null) {
            header.add(targetLabel);
        }
        rows.add(header);
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                row.add(i < s.values().size() ? format(s.values().get(i)) : "");
            }
            if (target != null) {
                row.add(format(target));
            }
            rows.add(row);
        }
        return rows;
    }

    private String cellValue(int x, int y) {
        return cells.stream().filter(c -> c.x() == x && c.y() == y).findFirst().map(c -> format(c.value())).orElse("");
    }

    static String format(Number value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
                .stripTrailingZeros().toPlainString() : value.toString();
    }

    List<String> categories() {
        return categories;
    }

    List<String> rowCategories() {
        return rowCategories;
    }

    List<Series> allSeries() {
        return series;
    }

    List<Cell> cells() {
        return cells;
    }

    @Nullable Number targetValue() {
        return target;
    }

    String targetLabel() {
        return targetLabel;
    }

    private ChartSpec categories(List<String> names) {
        categories.addAll(names);
        return this;
    }

    private ChartSpec withSeries(Series added) {
        series.add(added);
        return this;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

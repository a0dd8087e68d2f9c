package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The chosen KPIs of all the user's communities for one period, with benchmarks across them: the median and the
 * best value (the highest, or the lowest for lower-is-better KPIs), communities without a value left out.
 */
public record TenantOverview(KpiPeriod period, List<Kpi> kpis, List<Row> rows, Map<Kpi, Benchmark> benchmarks) {

    public record Row(UUID communityId, String communityName, Map<Kpi, @Nullable BigDecimal> values) {

        public Row {
            values = java.util.Collections.unmodifiableMap(new HashMap<>(values));
        }

        public @Nullable BigDecimal value(Kpi kpi) {
            return values.get(kpi);
        }
    }

    public record Benchmark(@Nullable BigDecimal median, @Nullable BigDecimal best) {
    }

    public TenantOverview {
        kpis = List.copyOf(kpis);
        rows = List.copyOf(rows);
        benchmarks = Map.copyOf(benchmarks);
    }

    static TenantOverview of(KpiPeriod period, List<Kpi> kpis, List<Row> rows) {
        Map<Kpi, Benchmark> benchmarks = new EnumMap<>(Kpi.class);
        for (Kpi kpi : kpis) {
            List<BigDecimal> sorted = rows.stream().map(row -> row.value(kpi)).filter(Objects::nonNull)
                    .sorted().toList();
            benchmarks.put(kpi, sorted.isEmpty() ? new Benchmark(null, null)
                    : new Benchmark(median(sorted), kpi.higherIsBetter() ? sorted.getLast() : sorted.getFirst()));
        }
        return new TenantOverview(period, kpis, rows, benchmarks);
    }

    /** The rows ranked on a KPI, best first, communities without a value last. */
    public List<Row> rankedBy(Kpi kpi) {
        Comparator<BigDecimal> better = kpi.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return rows.stream().sorted(Comparator.comparing((Row row) -> row.value(kpi),
                Comparator.nullsLast(better))).toList();
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
    }
}

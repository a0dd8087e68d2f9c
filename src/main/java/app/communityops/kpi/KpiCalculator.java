package app.communityops.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes KPI values of a community for a period from its three sources. Callers have checked access. A period
 * still running is computed up to today; one that has not begun has no values.
 */
@Component
class KpiCalculator {

    static final Set<Kpi> ENGAGEMENT = EnumSet.of(Kpi.DAU, Kpi.WAU, Kpi.MAU, Kpi.STICKINESS, Kpi.ACTIVATION_RATE,
            Kpi.RETENTION_M1);
    static final Set<Kpi> MONEY = EnumSet.of(Kpi.REVENUE, Kpi.FIRST_PURCHASE_RATE, Kpi.REPURCHASE_RATE,
            Kpi.POSITIVE_REVIEW_RATE, Kpi.REFUND_RATE, Kpi.ARPU, Kpi.ARPPU);

    private final JdbcTemplate jdbc;
    private final RecordFigures records;
    private final EngagementFigures engagement;
    private final MoneyKpis money;

    KpiCalculator(JdbcTemplate jdbc, RecordFigures records, EngagementFigures engagement, MoneyKpis money) {
        this.jdbc = jdbc;
        this.records = records;
        this.engagement = engagement;
        this.money = money;
    }

    /** The wanted KPIs; money ones only when {@code withMoney} (the money figures answer to people only). */
    Map<Kpi, @Nullable BigDecimal> compute(UUID community, KpiPeriod period, LocalDate today, ZoneId zone,
                                           Collection<Kpi> wanted, boolean withMoney) {
        Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
        if (period.start().isAfter(today)) {
            return values;
        }
        Window window = new Window(period.start(), period.lastUntil(today), zone);
        CanvasDetails settings = CanvasService.read(jdbc, community);
        if (wanted.stream().anyMatch(kpi -> !ENGAGEMENT.contains(kpi) && !MONEY.contains(kpi))) {
            values.putAll(records.values(community, window));
        }
        if (wanted.stream().anyMatch(ENGAGEMENT::contains)) {
            KpiPeriod before = period.previous();
            values.putAll(engagement.values(community, window, new Window(before.start(), before.last(), zone),
                    settings, wanted));
        }
        if (withMoney && wanted.stream().anyMatch(MONEY::contains)) {
            values.putAll(money.values(community, window, settings.currency()));
        }
        values.keySet().retainAll(wanted);
        return values;
    }

    String currency(UUID community) {
        return CanvasService.read(jdbc, community).currency();
    }
}

package app.communityops.kpi;

import app.communityops.money.CurrencyFigures;
import app.communityops.money.MoneyFigures;
import app.communityops.money.MoneyFiguresService;
import app.communityops.money.Rate;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The money KPIs, taken from the money feature's figures so the dashboards and the report show the same numbers.
 * Amounts are never added across currencies: revenue, ARPU and ARPPU are those of the community's KPI currency.
 */
@Component
class MoneyKpis {

    private final MoneyFiguresService figures;

    MoneyKpis(MoneyFiguresService figures) {
        this.figures = figures;
    }

    Map<Kpi, @Nullable BigDecimal> values(UUID community, Window window, String currency) {
        MoneyFigures money = figures.community(community, window.from(), window.to());
        CurrencyFigures inCurrency = money.currencies().stream().filter(c -> c.currency().equals(currency))
                .findFirst().orElse(new CurrencyFigures(currency, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
        values.put(Kpi.REVENUE, inCurrency.netRevenue());
        values.put(Kpi.FIRST_PURCHASE_RATE, percent(money.firstPurchaseRate()));
        values.put(Kpi.REPURCHASE_RATE, percent(money.repurchaseRate()));
        values.put(Kpi.POSITIVE_REVIEW_RATE, percent(money.positiveReviewRate()));
        values.put(Kpi.REFUND_RATE, percent(money.refundRate()));
        values.put(Kpi.ARPU, RecordFigures.ratio(inCurrency.netRevenue(), BigDecimal.valueOf(money.members()), 2));
        values.put(Kpi.ARPPU, inCurrency.arppu());
        return values;
    }

    private static @Nullable BigDecimal percent(Rate rate) {
        return rate.percent();
    }
}

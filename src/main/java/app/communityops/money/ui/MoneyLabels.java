package app.communityops.money.ui;

import app.communityops.money.CurrencyAmount;
import app.communityops.money.OfferStatus;
import app.communityops.money.OrderStatus;
import app.communityops.money.Rate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Amounts, rates, dates and badges, the same on every money screen. */
final class MoneyLabels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MoneyLabels() {
    }

    static String amount(String currency, @Nullable BigDecimal amount) {
        return amount == null ? "–" : currency + " " + String.format("%,.2f", amount);
    }

    /** Amounts in several currencies side by side, never added up. */
    static String amounts(List<CurrencyAmount> amounts) {
        return amounts.isEmpty() ? "–" : amounts.stream().map(a -> amount(a.currency(), a.amount()))
                .collect(Collectors.joining(" · "));
    }

    static String rate(Component owner, Rate rate) {
        BigDecimal percent = rate.percent();
        return percent == null ? owner.getTranslation("money.figures.noRate")
                : owner.getTranslation("money.figures.rateOf", percent.toPlainString(), rate.numerator(),
                        rate.denominator());
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    static Span offerStatus(Component owner, OfferStatus status) {
        Span badge = new Span(owner.getTranslation("money.offer.status." + status.name()));
        badge.addClassNames("status-badge", switch (status) {
            case ON_SALE -> "success";
            case RETIRED -> "error";
            case DRAFT, PAUSED -> "contrast";
        });
        return badge;
    }

    static Span orderStatus(Component owner, OrderStatus status) {
        Span badge = new Span(owner.getTranslation("money.order.status." + status.name()));
        badge.addClassNames("status-badge", switch (status) {
            case PAID -> "success";
            case REFUNDED -> "error";
            case PARTIALLY_REFUNDED -> "contrast";
        });
        return badge;
    }
}

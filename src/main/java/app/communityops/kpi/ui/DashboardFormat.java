package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiTexts;
import app.communityops.kpi.PeriodKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the dashboards write KPI values, changes and periods in the user's language. */
final class DashboardFormat {

    static final String NONE = "–";

    private DashboardFormat() {
    }

    static String value(Component owner, Kpi kpi, @Nullable BigDecimal value, @Nullable String currency) {
        if (value == null) {
            return NONE;
        }
        Locale locale = locale();
        return switch (kpi.unit()) {
            case COUNT -> number(locale, value, 0);
            case NUMBER -> number(locale, value, 1);
            case PERCENT -> number(locale, value, 1) + "%";
            case MONEY -> money(locale, value, currency);
        };
    }

    /** The change against the previous period, signed, in percent. */
    static String change(Component owner, BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + number(locale(), percent, 1) + "%";
    }

    /** The change with what it is against: "+12% vs 1–5 Nov" ("vs previous" where no span was named). */
    static String changeVersus(Component owner, BigDecimal percent, KpiPeriod.@Nullable Span compared) {
        return compared == null ? owner.getTranslation("dashboard.card.change", change(owner, percent))
                : owner.getTranslation("dashboard.card.changeVersus", change(owner, percent),
                        KpiTexts.versus(compared, locale(), owner::getTranslation));
    }

    /** "Activity figures as of …" while late events wait for the rollups; empty when the figures are up to date. */
    static Optional<String> asOf(Component owner, KpiBoard board) {
        return KpiTexts.asOf(board, locale(), owner::getTranslation);
    }

    /** The span a comparison covers, in the page's language ("1–5 Nov"). */
    static String span(Component owner, KpiPeriod.Span span) {
        return KpiTexts.span(span, locale(), owner::getTranslation);
    }

    static String period(Component owner, KpiPeriod period) {
        if (period.kind() == PeriodKind.MONTH) {
            return DateTimeFormatter.ofPattern(owner.getTranslation("dashboard.period.monthPattern"), locale())
                    .format(period.start());
        }
        return owner.getTranslation("dashboard.period.quarter", String.valueOf(period.start().getYear()),
                String.valueOf(period.start().get(IsoFields.QUARTER_OF_YEAR)));
    }

    /** The page's language, which is also the one the texts are translated into. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String number(Locale locale, BigDecimal value, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Without a currency (a benchmark across communities that may each count in another) just the amount. */
    private static String money(Locale locale, BigDecimal value, @Nullable String currency) {
        if (currency == null) {
            NumberFormat plain = NumberFormat.getNumberInstance(locale);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            plain.setRoundingMode(RoundingMode.HALF_UP);
            return plain.format(value);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return (currency + " " + number(locale, value, 2)).trim();
        }
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}

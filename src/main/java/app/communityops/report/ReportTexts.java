package app.communityops.report;

import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Translations and figure formats in one reader's language, usable off the UI thread. */
public final class ReportTexts {

    private final FeatureBundlesI18NProvider bundles;
    private final Locale locale;

    ReportTexts(FeatureBundlesI18NProvider bundles, Locale locale) {
        this.bundles = bundles;
        this.locale = FeatureBundlesI18NProvider.supported(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... arguments) {
        return bundles.getTranslation(key, locale, arguments);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share of 0..1 as a percentage with one decimal, or the "no rate" text. */
    public String percent(OptionalDouble share) {
        return share.isPresent() ? percent(BigDecimal.valueOf(share.getAsDouble() * 100)) : t("report.noRate");
    }

    /** A percentage already scaled to 0..100; null means nothing to divide by. */
    public String percent(@Nullable BigDecimal percent) {
        return percent == null ? t("report.noRate") : percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A rate with its counts, "37.5% (3 / 8)", as the money screens show it. */
    public String rate(@Nullable BigDecimal percent, long numerator, long denominator) {
        return percent(percent) + " (" + count(numerator) + " / " + count(denominator) + ")";
    }

    public String money(@Nullable String currency, @Nullable BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public String text(@Nullable String value) {
        return value == null || value.isBlank() ? "–" : value.strip();
    }

    public String period(ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.MONTH
                ? t("report.period.month", period.from().getYear(), period.from().getMonthValue())
                : t("report.period.quarter", period.from().getYear(), (period.from().getMonthValue() - 1) / 3 + 1);
    }
}

package app.communityops.kpi;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * The words every screen and the report use for what a figure compares with and how its target is paced, so the
 * dashboard, the portfolio, the Manage table and the report say the same ("vs 1–5 Nov"; "by day 5 of 31 that is
 * 48"). Each caller passes its own translation (a component's or the report's, in the reader's language) and its
 * own formatting of the figures.
 */
public final class KpiTexts {

    /** A translation of a key of the kpi bundle with its arguments. */
    @FunctionalInterface
    public interface Translation {
        String t(String key, Object... arguments);
    }

    private KpiTexts() {
    }

    /**
     * The days a comparison covers: "1–5 Nov", "1 Jan – 9 Feb", "Nov 2026" for a whole month, "Q3 2026" for a whole
     * quarter.
     */
    public static String span(KpiPeriod.Span span, Locale locale, Translation texts) {
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, span.from());
        if (span.whole(month)) {
            return format(span.from(), texts.t("kpi.span.monthPattern"), locale);
        }
        KpiPeriod quarter = KpiPeriod.of(PeriodKind.QUARTER, span.from());
        if (span.whole(quarter)) {
            return texts.t("kpi.span.quarter", String.valueOf(span.from().getYear()),
                    String.valueOf(span.from().get(IsoFields.QUARTER_OF_YEAR)));
        }
        if (span.from().equals(span.to())) {
            return format(span.from(), texts.t("kpi.span.dayPattern"), locale);
        }
        if (span.from().getMonth() == span.to().getMonth() && span.from().getYear() == span.to().getYear()) {
            return texts.t("kpi.span.range", format(span.from(), texts.t("kpi.span.fromInMonthPattern"), locale),
                    format(span.to(), texts.t("kpi.span.toInMonthPattern"), locale));
        }
        return texts.t("kpi.span.rangeAcross", format(span.from(), texts.t("kpi.span.dayPattern"), locale),
                format(span.to(), texts.t("kpi.span.dayPattern"), locale));
    }

    /** "vs 1–5 Nov": what the change is against. */
    public static String versus(KpiPeriod.Span span, Locale locale, Translation texts) {
        return texts.t("kpi.compared.versus", span(span, locale, texts));
    }

    /** The short pacing line: "by now 48 · on pace for 254" (cumulative) or "judged as it stands" (level). */
    public static String pacingLine(Pacing pacing, String expected, String forecast, Translation texts) {
        if (pacing.method() == Pacing.Method.LEVEL) {
            return texts.t("kpi.pacing.lineLevel", expected);
        }
        return pacing.forecast() == null ? texts.t("kpi.pacing.lineNoValue", expected)
                : texts.t("kpi.pacing.line", expected, forecast);
    }

    /**
     * The method in full, for the tooltip and the report: "Target 300 for the period: by day 5 of 31 that is 48;
     * 41 so far, on pace for 254".
     */
    public static String pacingMethod(Pacing pacing, String target, String expected, String value, String forecast,
                                      Translation texts) {
        String elapsed = String.valueOf(pacing.elapsed());
        String total = String.valueOf(pacing.total());
        if (pacing.method() == Pacing.Method.LEVEL) {
            return texts.t("kpi.pacing.methodLevel", target, elapsed, total, value);
        }
        return pacing.forecast() == null ? texts.t("kpi.pacing.methodNoValue", target, elapsed, total, expected)
                : texts.t("kpi.pacing.method", target, elapsed, total, expected, value, forecast);
    }

    /**
     * "Activity figures as of 6 Dec 2026, 14:05: ..." when late events have not reached the rollups yet; empty when
     * the board's figures are up to date.
     */
    public static Optional<String> asOf(KpiBoard board, Locale locale, Translation texts) {
        if (!board.activityBehind()) {
            return Optional.empty();
        }
        ZonedDateTime asOf = board.activityAsOf();
        return Optional.of(asOf == null ? texts.t("kpi.asOf.never") : texts.t("kpi.asOf",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(asOf)));
    }

    private static String format(LocalDate day, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }
}

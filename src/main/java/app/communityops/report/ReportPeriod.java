package app.communityops.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month or quarter, its days {@code from} to {@code to} inclusive, in the tenant's zone. */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER }

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4]))");

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportPeriod containing(Kind kind, LocalDate day) {
        return kind == Kind.MONTH ? month(YearMonth.from(day))
                : quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The latest {@code count} periods of a kind, newest first, the one holding {@code today} included. */
    public static List<ReportPeriod> recent(Kind kind, LocalDate today, int count) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod period = containing(kind, today);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        return periods;
    }

    /** "2026-11" or "2026-Q4", as used in file names and snapshots. */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            int month = Integer.parseInt(matcher.group(2));
            return month < 1 || month > 12 ? Optional.empty() : Optional.of(month(YearMonth.of(year, month)));
        }
        return Optional.of(quarter(year, Integer.parseInt(matcher.group(3))));
    }

    public ReportPeriod previous() {
        return containing(kind, from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** A period that has ended by {@code today}: its figures no longer change with time. */
    public boolean closedBy(LocalDate today) {
        return to.isBefore(today);
    }

    public String code() {
        return kind == Kind.MONTH ? YearMonth.from(from).toString()
                : from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
    }
}

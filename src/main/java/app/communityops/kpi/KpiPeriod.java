package app.communityops.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** A calendar month or quarter: {@code start} is its first day, {@link #last()} its last (both inclusive). */
public record KpiPeriod(PeriodKind kind, LocalDate start) {

    public KpiPeriod {
        start = switch (kind) {
            case MONTH -> start.withDayOfMonth(1);
            case QUARTER -> start.withMonth((start.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        };
    }

    /** The month or quarter containing the day. */
    public static KpiPeriod of(PeriodKind kind, LocalDate day) {
        return new KpiPeriod(kind, day);
    }

    public LocalDate last() {
        return next().start().minusDays(1);
    }

    public KpiPeriod next() {
        return new KpiPeriod(kind, start.plusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    public KpiPeriod previous() {
        return new KpiPeriod(kind, start.minusMonths(kind == PeriodKind.MONTH ? 1 : 3));
    }

    /** The last day that has begun by {@code today}: the period's last day, or today while it runs. */
    public LocalDate lastUntil(LocalDate today) {
        LocalDate last = last();
        return today.isBefore(last) ? today : last;
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, last()) + 1;
    }

    /** Whether {@code today} is inside the period before its last day: its figures are still growing. */
    public boolean runningOn(LocalDate today) {
        return !today.isBefore(start) && today.isBefore(last());
    }

    /** The days of the period that have begun by {@code today} (0 before it starts, all of them once it ended). */
    public long elapsedDays(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(start, lastUntil(today)) + 1;
    }

    /** The period's days that have begun by {@code today}: from its first day to today, or whole once it ended. */
    public Span spanUntil(LocalDate today) {
        return new Span(start, lastUntil(today));
    }

    /**
     * What the period compares with on {@code today}: the same span of the previous period, by day offset from
     * its start (1–5 December with 1–5 November; the quarter's day 40 with the previous quarter's day 40), cut at
     * the previous period's end (31 March with 1–28 or 29 February); the whole previous period once this one ended
     * (or before it began, when there is nothing to compare yet).
     */
    public Span comparedSpan(LocalDate today) {
        KpiPeriod before = previous();
        if (!runningOn(today)) {
            return new Span(before.start(), before.last());
        }
        LocalDate sameDay = before.start().plusDays(ChronoUnit.DAYS.between(start, today));
        return new Span(before.start(), sameDay.isAfter(before.last()) ? before.last() : sameDay);
    }

    /** Days {@code from} to {@code to} inclusive: the part of a period a figure covers. */
    public record Span(LocalDate from, LocalDate to) {

        public Span {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(from + " after " + to);
            }
        }

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        /** Whether the span is all of {@code period}. */
        public boolean whole(KpiPeriod period) {
            return from.equals(period.start()) && to.equals(period.last());
        }
    }
}

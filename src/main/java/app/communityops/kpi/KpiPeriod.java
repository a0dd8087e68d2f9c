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
}

package app.communityops.activity;

/**
 * How a monthly series picks its day, read from the first start: the same day of the month (months without it,
 * e.g. a 31st, are skipped), the same Nth weekday (the 2nd Tuesday; months without a 5th are skipped), or the
 * last such weekday of the month.
 */
public enum MonthlyBy {
    DAY_OF_MONTH, NTH_WEEKDAY, LAST_WEEKDAY
}

package app.communityops.kpi;

/** Targets and KPI values are set and read per calendar month or quarter of the tenant's zone. */
public enum PeriodKind {
    MONTH, QUARTER
}

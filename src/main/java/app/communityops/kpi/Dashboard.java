package app.communityops.kpi;

/** What a community's dashboard shows for a period: the KPI board, the funnel and the join cohorts. */
public record Dashboard(KpiBoard board, Funnel funnel, CohortMatrix cohorts) {
}

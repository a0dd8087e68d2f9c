package app.communityops.kpi;

/**
 * What a community's dashboard shows for a period: the KPI board, the funnel, the join cohorts and where the
 * community stands among its peers (decision 0049).
 */
public record Dashboard(KpiBoard board, Funnel funnel, CohortMatrix cohorts, PeerBands bands) {
}

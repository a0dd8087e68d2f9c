package app.communityops.kpi;

/** How a KPI stands against its target; NONE when there is no target or no value. */
public enum KpiStatus {
    GREEN, AMBER, RED, NONE
}

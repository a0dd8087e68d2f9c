package app.communityops.kpi;

/** The funnel's steps: acquire (applied, joined) → activate → convert (paying) → repurchase. */
public enum FunnelStageKind {
    APPLIED, JOINED, ACTIVATED, PAYING, REPURCHASING
}

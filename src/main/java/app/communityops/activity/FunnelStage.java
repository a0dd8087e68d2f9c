package app.communityops.activity;

/** The step of acquire → activate → convert (引流 → 促活 → 转化) an activity serves. */
public enum FunnelStage {
    ACQUIRE, ACTIVATE, CONVERT
}

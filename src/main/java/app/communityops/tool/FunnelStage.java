package app.communityops.tool;

/** The step of acquire → activate → convert (→ retain) a tool serves. */
public enum FunnelStage { ACQUIRE, ACTIVATE, CONVERT, RETAIN }

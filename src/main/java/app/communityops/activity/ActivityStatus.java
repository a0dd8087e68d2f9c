package app.communityops.activity;

public enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}

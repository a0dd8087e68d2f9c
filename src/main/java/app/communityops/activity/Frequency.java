package app.communityops.activity;

public enum Frequency {
    DAILY, WEEKLY, MONTHLY
}

package app.communityops.kpi;

/** What a rollup run recomputed: community-days and distinct communities. */
public record RollupResult(int days, int communities) {
}

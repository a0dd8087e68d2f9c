package app.communityops.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements repeated with the same text but very different values (a community of ten members or of half a million)
 * must be planned for their values. After five executions the driver's server-side prepared statements let
 * PostgreSQL switch to a generic plan, planned without the community and the dates, which chooses scans of whole
 * tables where the values call for a seek: a KPI cohort query went from 0.1 s to 2.4 s, the members grid's first page
 * by health from 2 ms to 1.9 s. Planning costs well under a millisecond against that.
 */
public final class SqlPlans {

    private SqlPlans() {
    }

    /** Plans every statement of the current transaction for its values (no effect outside a transaction). */
    public static void planForValues(JdbcTemplate jdbc) {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }
}

package app.communityops.members;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets the benchmark ask PostgreSQL how long the members grid's own statements take: it EXPLAIN ANALYZEs exactly
 * the SQL and bind values the query service would run. Call it inside a transaction of the tenant.
 */
@Component
public class MemberGridProbe {

    private static final Pattern EXECUTION_TIME = Pattern.compile("\"Execution Time\":\\s*([0-9.]+)");

    private final MemberGridQueries queries;
    private final JdbcTemplate jdbc;

    MemberGridProbe(MemberGridQueries queries, JdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** The page as the grid fetches it: keyset past a bookmark where the order allows. */
    public double pageMillis(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return executionMillis(queries.plan(filter, sort, offset, limit));
    }

    /** The same page by plain OFFSET, for comparison. */
    public double offsetPageMillis(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return executionMillis(MemberGridSql.page(MemberGridSql.Scope.of(filter), sort, null, offset, limit));
    }

    public double countMillis(MemberFilter filter) {
        return executionMillis(MemberGridSql.count(MemberGridSql.Scope.of(filter), MembershipQueryService.COUNT_CAP + 1));
    }

    public String pageSql(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return queries.plan(filter, sort, offset, limit).sql();
    }

    private double executionMillis(SqlQuery query) {
        String plan = jdbc.query("explain (analyze, format json) " + query.sql(), query.setter(),
                rs -> rs.next() ? rs.getString(1) : "");
        Matcher matcher = EXECUTION_TIME.matcher(plan == null ? "" : plan);
        if (!matcher.find()) {
            throw new IllegalStateException("No execution time in the plan: " + plan);
        }
        return Double.parseDouble(matcher.group(1));
    }
}

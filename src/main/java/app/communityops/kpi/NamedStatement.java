package app.communityops.kpi;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement assembled from named parts with its named parameters, built apart from running it so that a test can
 * hold every {@code :name} in the text to a value and every value to a use.
 */
record NamedStatement(String sql, Map<String, Object> parameters) {

    NamedStatement {
        parameters = Map.copyOf(parameters);
    }

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql).params(parameters);
    }
}

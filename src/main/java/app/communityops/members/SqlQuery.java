package app.communityops.members;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.PreparedStatementSetter;

/**
 * A statement of fixed text and its bind values. Arrays are bound as SQL arrays of the named element type; every
 * other value goes through {@code setObject}.
 */
record SqlQuery(String sql, List<Object> args) {

    record SqlArray(String elementType, Object[] values) {
    }

    PreparedStatementSetter setter() {
        return statement -> bind(statement, statement.getConnection());
    }

    void bind(PreparedStatement statement, Connection connection) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object value = args.get(i);
            if (value instanceof SqlArray array) {
                statement.setArray(i + 1, connection.createArrayOf(array.elementType(), array.values()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}

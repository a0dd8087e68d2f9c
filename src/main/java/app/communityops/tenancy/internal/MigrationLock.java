package app.communityops.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the migrations. Liquibase's own lock lives in a table that the first run creates: two
 * nodes started together on an empty database both created {@code databasechangelog}, and one of them failed to
 * start ("relation databasechangelog already exists"; seen by ops/two-nodes/check.sh). Around Liquibase's run this
 * holds a PostgreSQL advisory lock, which needs no table, on a connection of its own: a second node waits until the
 * first has migrated, then finds the database up to date. Closing the connection releases the lock, also when the
 * process dies.
 */
@Component
class MigrationLock implements BeanPostProcessor {

    /** The advisory lock's key: any constant that nothing else in the database uses. */
    static final long KEY = 0x436f6d6d4f707300L;

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            held.put(beanName, lock(liquibase.getDataSource()));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Connection connection = held.remove(beanName);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("Could not close the migration lock's connection; it ends with the process", e);
            }
        }
        return bean;
    }

    private static Connection lock(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (!tryLock(statement)) {
                    log.info("Another node is migrating the database; waiting for it to finish");
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new BeanInitializationException("Could not take the migration lock", e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }
}

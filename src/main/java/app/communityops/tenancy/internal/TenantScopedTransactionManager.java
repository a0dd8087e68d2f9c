package app.communityops.tenancy.internal;

import app.communityops.shared.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Hands the current tenant to PostgreSQL at the start of every transaction, for row-level security.
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}): PostgreSQL discards it at commit or
 * rollback, so a pooled connection never carries one tenant's setting into another tenant's work. Without a
 * tenant the setting is empty and every tenant-owned table reads as empty.
 */
class TenantScopedTransactionManager extends JpaTransactionManager {

    static final String TENANT_SETTING = "app.tenant_id";

    TenantScopedTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(obtainEntityManagerFactory());
        if (entityManager == null) {
            throw new IllegalStateException("No transactional EntityManager after transaction begin");
        }
        String tenant = TenantContext.current().map(UUID::toString).orElse("");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
                statement.setString(1, TENANT_SETTING);
                statement.setString(2, tenant);
                statement.execute();
            }
        });
    }
}

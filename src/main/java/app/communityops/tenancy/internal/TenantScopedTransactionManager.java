package app.communityops.tenancy.internal;

import app.communityops.shared.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the current tenant to PostgreSQL at the start of every transaction, for row-level security.
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}): PostgreSQL discards it at commit or
 * rollback, so a pooled connection never carries one tenant's setting into another tenant's work. Without a
 * tenant the setting is empty and every tenant-owned table reads as empty.
 *
 * <p>Both PostgreSQL's setting and Hibernate's tenant are fixed when a transaction begins. Work for another
 * tenant (a {@link TenantContext#callAs}, or another signed-in user) that joined the open transaction would
 * therefore run on the first tenant's rows while believing it had its own; such a join is refused, and the work
 * needs a transaction of its own ({@code REQUIRES_NEW}).
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
        try {
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
        } catch (RuntimeException | Error failure) {
            // The caller never gets a status to roll back: unbind the begun transaction here, or the next
            // transaction on this thread would join it, with whichever tenant it was opened for.
            if (entityManager != null && entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            doCleanupAfterCompletion(transaction);
            throw failure;
        }
    }

    @Override
    protected void prepareSynchronization(DefaultTransactionStatus status, TransactionDefinition definition) {
        if (status.hasTransaction() && !status.isNewTransaction()) {
            requireSameTenant();
        }
        super.prepareSynchronization(status, definition);
    }

    private void requireSameTenant() {
        if (!(TransactionSynchronizationManager.getResource(obtainEntityManagerFactory()) instanceof EntityManagerHolder holder)) {
            return;
        }
        Object opened = holder.getEntityManager().unwrap(Session.class).getTenantIdentifierValue();
        UUID joining = TenantContext.current().orElse(CurrentTenantResolver.NO_TENANT);
        if (!joining.equals(opened)) {
            throw new IllegalStateException("Work for tenant " + joining + " tried to join a transaction opened for"
                    + " tenant " + opened + "; run it in a new transaction");
        }
    }
}

package app.communityops.tenancy;

import app.communityops.shared.Access;
import app.communityops.audit.AuditLog;
import app.communityops.shared.TenantContext;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a platform admin acts inside a tenant: the work runs in its own transaction with that tenant set
 * (for Hibernate and row-level security alike) and leaves an {@code ACCESS} entry, with its purpose, in the
 * tenant's audit log.
 */
@Component
public class PlatformAccess {

    private final TransactionTemplate transactions;
    private final AuditLog auditLog;

    PlatformAccess(PlatformTransactionManager transactionManager, AuditLog auditLog) {
        this.transactions = new TransactionTemplate(transactionManager);
        // Always a transaction of its own: the tenant is fixed when a transaction begins, so this work must
        // never join one opened for another tenant (or for none).
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.auditLog = auditLog;
    }

    @PreAuthorize(Access.PLATFORM_ADMIN)
    public <T> T inTenant(UUID tenantId, String purpose, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            T result = work.get();
            auditLog.recordAccess("Tenant", tenantId.toString(), Map.of("purpose", purpose));
            return result;
        }));
    }
}

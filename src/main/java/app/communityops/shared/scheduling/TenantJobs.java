package app.communityops.shared.scheduling;

import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job's work once per active tenant: each tenant in a transaction of its own, with that tenant
 * set for Hibernate and row-level security, and signed in as {@link #ROLE} rather than as any person, so
 * services can allow the job explicitly and audit entries name no user. One tenant's failure is logged and does
 * not stop the others.
 */
@Component
public class TenantJobs {

    /** The authority of scheduled work (without the {@code ROLE_} prefix), for {@code @PreAuthorize}. */
    public static final String ROLE = Roles.SCHEDULED_JOB;

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TenantJobs(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The active tenants, for a job that runs several transactions per tenant ({@link #inTenant} each) rather than
     * one as {@link #forEachActiveTenant} does.
     */
    public List<UUID> activeTenants() {
        // The tenant table is platform-level (no row-level security): the one list a job may read without a tenant.
        return NotNull.column(
                jdbc.queryForList("select id from tenant where status = 'ACTIVE' order by id", UUID.class));
    }

    /** Answers how many tenants the work succeeded for. */
    public int forEachActiveTenant(String job, Consumer<UUID> work) {
        List<UUID> tenants = activeTenants();
        int succeeded = 0;
        for (UUID tenant : tenants) {
            try {
                inTenant(tenant, () -> {
                    work.accept(tenant);
                    return null;
                });
                succeeded++;
            } catch (RuntimeException failure) {
                log.error("Job {} failed for tenant {}", job, tenant, failure);
            }
        }
        return succeeded;
    }

    /** The work of a job for one tenant, as the job; also how tests run a job's work directly. */
    public <T> T inTenant(UUID tenantId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext job = SecurityContextHolder.createEmptyContext();
        job.setAuthentication(jobAuthentication());
        SecurityContextHolder.setContext(job);
        try {
            return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Authentication jobAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated("scheduled-job", null,
                AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
    }
}

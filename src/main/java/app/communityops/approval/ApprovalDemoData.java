package app.communityops.approval;

import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency's education client an approval policy, set by the tenant admin as a person would: its
 * content and rulebook changes wait for the client's own approval. Content then puts one item up for approval, so
 * the client's landing page has something waiting. Runs once: a tenant with any policy is left alone.
 */
@Component
public class ApprovalDemoData {

    private static final Logger log = LoggerFactory.getLogger(ApprovalDemoData.class);
    private static final String ADMIN = "admin@demo-agency.test";

    private final ApprovalPolicyService policies;
    private final ClientService clients;
    private final DemoAccounts accounts;
    private final TransactionTemplate transactions;

    ApprovalDemoData(ApprovalPolicyService policies, ClientService clients, DemoAccounts accounts,
                     PlatformTransactionManager transactionManager) {
        this.policies = policies;
        this.clients = clients;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Answers whether the policy was set now (false if the tenant had one). */
    public boolean seedTenant(UUID tenant) {
        Boolean seeded = TenantContext.callAs(tenant, () -> transactions.execute(status -> accounts.as(ADMIN, () -> {
            ApprovalPolicyService.Overview overview = policies.overview();
            boolean anyClientRequires = overview.clients().values().stream()
                    .anyMatch(settings -> !settings.equals(ApprovalSettings.NONE));
            if (anyClientRequires || !overview.communities().isEmpty()) {
                return false;
            }
            List<ClientSummary> education = clients.list().stream()
                    .filter(client -> client.name().startsWith("CareerUp")).toList();
            for (ClientSummary client : education) {
                ApprovalPolicy current = policies.forClient(client.id());
                policies.saveForClient(client.id(), current.version(),
                        new ApprovalSettings(true, true, List.of(ApprovalStep.CLIENT_USERS)));
            }
            log.info("Demo approval policy set for {} client(s)", education.size());
            return !education.isEmpty();
        })));
        return Boolean.TRUE.equals(seeded);
    }
}

package app.communityops.content;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.TenantContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the demo's education client requires approval, its career community's operator puts the first draft up for
 * it, as she would in the console, so the client's landing page has an item waiting for their approval.
 */
@Component
public class ContentApprovalDemoData {

    private static final Logger log = LoggerFactory.getLogger(ContentApprovalDemoData.class);
    private static final String OPERATOR = "olivia@demo-agency.test";
    private static final ContentFilter DRAFTS = new ContentFilter(Set.of(ContentStatus.DRAFT), Set.of());

    private final ContentService content;
    private final CommunityService communities;
    private final DemoAccounts accounts;
    private final TransactionTemplate transactions;

    ContentApprovalDemoData(ContentService content, CommunityService communities, DemoAccounts accounts,
                            PlatformTransactionManager transactionManager) {
        this.content = content;
        this.communities = communities;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void submitOne(UUID tenant) {
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> accounts.run(OPERATOR, () -> {
            List<UUID> career = communities.visible().stream()
                    .filter(community -> community.name().contains("Career Growth Camp"))
                    .map(CommunitySummary::id).toList();
            for (UUID community : career) {
                content.list(community, DRAFTS, 0, 1).forEach(draft -> {
                    content.submitForApproval(draft.id(), draft.version());
                    log.info("Demo content item put up for the client's approval");
                });
            }
        })));
    }
}

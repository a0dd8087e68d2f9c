package app.communityops.automation;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency its automation, made by its tenant admin through the services as a person would: the
 * welcome and trial-to-paid playbooks on for the career camp, weekly sharing on for the product managers' circle,
 * the negative-review response for every community, and one rule of its own, a draft waiting for its dry run.
 * Runs once: a tenant with any rule is left alone.
 */
@Component
public class RuleDemoData {

    private static final Logger log = LoggerFactory.getLogger(RuleDemoData.class);
    private static final String ADMIN = "admin@demo-agency.test";

    private final RuleService rules;
    private final PlaybookService playbooks;
    private final CommunityService communities;
    private final DemoAccounts accounts;
    private final TransactionTemplate transactions;

    RuleDemoData(RuleService rules, PlaybookService playbooks, CommunityService communities, DemoAccounts accounts,
                 PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.playbooks = playbooks;
        this.communities = communities;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Answers whether the rules were made now (false if the tenant had rules). */
    public boolean seedTenant(UUID tenant) {
        Boolean seeded = TenantContext.callAs(tenant, () -> transactions.execute(status -> accounts.as(ADMIN, () ->
                seed(community("互联网职场成长营"), community("Product Managers Circle")))));
        return Boolean.TRUE.equals(seeded);
    }

    /** As a signed-in tenant admin, in the tenant's transaction; a community not given is skipped. */
    boolean seed(@Nullable UUID careerCamp, @Nullable UUID productManagers) {
        if (!rules.list(RuleScope.ALL).isEmpty()) {
            return false;
        }
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        playbooks.switchOn(Playbook.NEGATIVE_REVIEW, null, Locale.ENGLISH);
        if (careerCamp != null) {
            playbooks.switchOn(Playbook.WELCOME, careerCamp, chinese);
            playbooks.switchOn(Playbook.TRIAL_TO_PAID, careerCamp, chinese);
            rules.create(careerCamp, new RuleForm("VIP 沉默 7 天 · Silent VIP", new RuleDefinition(
                    RuleTrigger.of(TriggerKind.MEMBER_SILENT, 7),
                    List.of(new RuleCondition(ConditionKind.MEMBER_HAS_TAG, "vip"),
                            new RuleCondition(ConditionKind.MEMBER_STATUS_IS, "JOINED")),
                    List.of(new RuleAction(ActionKind.CREATE_TASK, "私聊 VIP 成员，了解近况 · Call the VIP member", 24),
                            new RuleAction(ActionKind.NOTIFY,
                                    "一位 VIP 成员已沉默 7 天 · A VIP member has been silent for 7 days", null)))));
        }
        if (productManagers != null) {
            playbooks.switchOn(Playbook.WEEKLY_SHARING, productManagers, chinese);
        }
        log.info("Demo automation rules created: {}", rules.list(RuleScope.ALL).size());
        return true;
    }

    private @Nullable UUID community(String namePrefix) {
        Optional<CommunitySummary> found = communities.visible().stream()
                .filter(community -> community.name().startsWith(namePrefix)).findFirst();
        return found.map(CommunitySummary::id).orElse(null);
    }
}

package app.communityops.today;

import app.communityops.automation.TaskRequested;
import app.communityops.community.CommunityArchived;
import app.communityops.community.OperatorsUnassigned;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other modules announce, inside their own transaction, that changes tasks: a rule asks for a task; operators
 * leave a community; a community is archived. Synchronous, so the task change commits or rolls back with its cause.
 */
@Component
class TaskInbox {

    static final String ARCHIVED = "COMMUNITY_ARCHIVED";

    private static final Logger log = LoggerFactory.getLogger(TaskInbox.class);

    private final TaskQueries tasks;
    private final AccountService accounts;
    private final Clock clock;

    TaskInbox(TaskQueries tasks, AccountService accounts, Clock clock) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Opens the rule's task once: a retried run finds it there and opens nothing. */
    @EventListener
    void onTaskRequested(TaskRequested request) {
        UUID tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("no tenant for a task"));
        if (!tenant.equals(request.tenantId())) {
            throw new IllegalStateException("A task of another tenant was requested");
        }
        String title = request.title().strip();
        if (title.length() > TaskForm.MAX_TITLE) {
            title = title.substring(0, TaskForm.MAX_TITLE);
        }
        boolean opened = tasks.insertFromRule(request.ruleId(), request.ruleName(), request.runId(),
                request.actionIndex(), request.communityId(), request.membershipId(), title, request.dueAt(),
                clock.instant());
        if (!opened) {
            log.debug("Run {} action {} had opened its task already", request.runId(), request.actionIndex());
        }
    }

    /**
     * Operators taken off a community leave their open tasks to the community's remaining operators; with none left,
     * everything open there goes to a tenant admin (the one making the change), so nothing waits for nobody.
     */
    @EventListener
    void onOperatorsUnassigned(OperatorsUnassigned change) {
        if (!change.remaining().isEmpty()) {
            tasks.handOver(change.communityId(), change.unassigned(), null);
            return;
        }
        UUID admin = admin();
        tasks.handOver(change.communityId(), change.unassigned(), admin);
        if (admin != null) {
            tasks.assignUnassigned(change.communityId(), admin);
        }
    }

    @EventListener
    void onCommunityArchived(CommunityArchived archived) {
        tasks.cancelOpen(archived.communityId(), ARCHIVED);
    }

    private @Nullable UUID admin() {
        AppPrincipal user = CurrentUser.get().orElse(null);
        if (user != null && user.hasRole(Roles.TENANT_ADMIN)) {
            return user.userId();
        }
        return accounts.admins().stream().map(AccountSummary::id).findFirst().orElse(null);
    }
}

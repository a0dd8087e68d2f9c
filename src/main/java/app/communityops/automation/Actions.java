package app.communityops.automation;

import app.communityops.members.MemberAutomationService;
import app.communityops.members.MemberFacts;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs a rule's actions in order, in the run's transaction, as the scheduled job. What belongs to other modules
 * happens through their services (tags, warnings, the elimination mark, notifications) or their listeners of
 * {@link TaskRequested} and {@link AutomationEvent} (tasks, webhooks), so a failure anywhere rolls the whole run
 * back and it is tried again. An action that cannot apply (no member, a member no longer joined) is an outcome,
 * not a failure.
 */
@Component
class Actions {

    static final String NOTICE_KIND = "automation.notice.fired";

    private final MemberAutomationService members;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;

    Actions(MemberAutomationService members, NotificationService notifications, ApplicationEventPublisher events) {
        this.members = members;
        this.notifications = notifications;
        this.events = events;
    }

    /** What the run acts on. */
    record Target(UUID tenantId, UUID runId, StoredRule rule, Signal signal, @Nullable UUID communityId,
                  Optional<MemberFacts> member, Instant triggeredAt) {
    }

    List<ActionOutcome> run(Target target) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        List<RuleAction> actions = target.rule().definition().actions();
        for (int index = 0; index < actions.size(); index++) {
            outcomes.add(run(index, actions.get(index), target));
        }
        return outcomes;
    }

    private ActionOutcome run(int index, RuleAction action, Target target) {
        String text = action.text() == null ? "" : action.text().strip();
        if (action.kind().aboutMember()) {
            if (target.member().isEmpty()) {
                return new ActionOutcome(index, action.kind(), "NO_MEMBER", text);
            }
            UUID membership = target.member().get().membershipId();
            MemberAutomationService.Outcome outcome = switch (action.kind()) {
                case ADD_TAG -> members.addTag(membership, text);
                case REMOVE_TAG -> members.removeTag(membership, text);
                case WARN -> members.warn(membership, text.isEmpty() ? target.rule().name() : text);
                case MARK_ELIMINATION_CANDIDATE -> members.flagForElimination(membership,
                        text.isEmpty() ? target.rule().name() : text);
                default -> throw new IllegalStateException(action.kind().name());
            };
            return new ActionOutcome(index, action.kind(), outcome.name(), text);
        }
        return switch (action.kind()) {
            case CREATE_TASK -> task(index, action, text, target);
            case NOTIFY -> notify(index, text, target);
            case SEND_WEBHOOK -> webhook(index, target);
            default -> throw new IllegalStateException(action.kind().name());
        };
    }

    /** Due {@code dueInHours} after the trigger (a playbook's "day 3 check-in" is 72), at the trigger without one. */
    private ActionOutcome task(int index, RuleAction action, String text, Target target) {
        UUID community = target.communityId();
        if (community == null) {
            return new ActionOutcome(index, ActionKind.CREATE_TASK, "NO_COMMUNITY", text);
        }
        String title = text.isEmpty() ? target.rule().name() : text;
        Integer hours = action.dueInHours();
        Instant due = target.triggeredAt().plus(Duration.ofHours(hours == null ? 0 : hours));
        events.publishEvent(new TaskRequested(target.tenantId(), target.rule().id(), target.rule().name(),
                target.runId(), index, community,
                target.member().map(MemberFacts::membershipId).orElse(null), title, due));
        return new ActionOutcome(index, ActionKind.CREATE_TASK, "DONE", title);
    }

    /** To the community's operators and the tenant admins, or the tenant admins alone for a tenant-wide firing. */
    private ActionOutcome notify(int index, String text, Target target) {
        String subject = target.member().map(MemberFacts::memberName).orElse("");
        Notice notice = Notice.of(NotificationTopic.AUTOMATION, NOTICE_KIND,
                RunLogNavigation.runsOf(target.rule().id()), target.rule().name(),
                text.isEmpty() ? target.rule().name() : text, subject);
        UUID community = target.communityId();
        int told = community == null ? notifications.publishToTenantAdminsAnd(List.of(), notice)
                : notifications.publishToCommunityStaff(community, notice);
        return new ActionOutcome(index, ActionKind.NOTIFY, "DONE", text + " (" + told + ")");
    }

    private ActionOutcome webhook(int index, Target target) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", Map.of("id", target.rule().id().toString(), "name", target.rule().name(),
                "version", target.rule().version()));
        data.put("trigger", target.rule().definition().trigger().kind().name());
        data.put("runId", target.runId().toString());
        target.member().ifPresent(member -> data.put("member", Map.of("membershipId",
                member.membershipId().toString(), "memberId", member.memberId().toString(),
                "name", member.memberName())));
        UUID community = target.communityId();
        if (community != null) {
            data.put("communityId", community.toString());
        }
        events.publishEvent(new AutomationEvent(target.tenantId(), runEventId(target.runId(), index),
                AutomationEventType.RULE_FIRED, community, target.triggeredAt(), data));
        return new ActionOutcome(index, ActionKind.SEND_WEBHOOK, "DONE", null);
    }

    /** Stable for the run and action, so a receiver can de-duplicate a delivery that was retried. */
    static UUID runEventId(UUID runId, int index) {
        return UUID.nameUUIDFromBytes(("rule.fired:" + runId + ":" + index).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }
}

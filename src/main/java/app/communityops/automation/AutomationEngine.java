package app.communityops.automation;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.members.MemberFacts;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.Access;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns signals into runs and runs into actions, one tenant at a time, as the scheduled job
 * (docs/decisions/0042-automation-engine.md). Two steps, each its own transaction:
 * <ol>
 *   <li>{@link #dispatch}: claims a batch of unprocessed signals ({@code for update skip locked}, so two nodes never
 *   share one), writes one run per matching rule (unique per rule and signal: each fact fires each rule at most
 *   once) and announces the webhook event of each signal;</li>
 *   <li>{@link #execute}: claims one due run, reads the rule as it is now, evaluates the conditions against today's
 *   facts and runs the actions. A failure rolls the run's work back; {@link #recordFailure} then schedules a retry
 *   with back-off, and after {@link #MAX_ATTEMPTS} marks it FAILED and tells the tenant admins once.</li>
 * </ol>
 */
@Service
public class AutomationEngine {

    static final int BATCH = 200;
    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** A rule acts on one member at most once in this window, however many facts fire it. */
    static final Duration SAME_MEMBER_WINDOW = Duration.ofMinutes(1);
    static final String FAILED_KIND = "automation.notice.failed";

    private final SignalQueries signals;
    private final RuleQueries rules;
    private final RunQueries runs;
    private final Conditions conditions;
    private final Actions actions;
    private final CommunityService communities;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AutomationEngine(SignalQueries signals, RuleQueries rules, RunQueries runs, Conditions conditions,
                     Actions actions, CommunityService communities, NotificationService notifications,
                     ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.rules = rules;
        this.runs = runs;
        this.conditions = conditions;
        this.actions = actions;
        this.communities = communities;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Step 1 for the current tenant; answers how many signals it took (BATCH means there may be more). */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int dispatch() {
        Instant now = clock.instant();
        UUID tenant = TenantContext.current().orElseThrow();
        List<Signal> batch = signals.claim(BATCH);
        List<UUID> done = new ArrayList<>();
        for (Signal signal : batch) {
            for (StoredRule rule : candidates(signal)) {
                SkipReason skip = loop(rule, signal);
                runs.create(Uuids.v7(), rule, signal, skip == null ? RunStatus.PENDING : RunStatus.SKIPPED, skip,
                        withTrigger(inputs(signal), rule), now);
            }
            signal.kind().webhookType().ifPresent(type -> events.publishEvent(new AutomationEvent(tenant,
                    signal.id(), type, signal.communityId(), signal.occurredAt(), webhookData(signal))));
            done.add(signal.id());
        }
        if (!done.isEmpty()) {
            signals.markProcessed(done, now);
        }
        return batch.size();
    }

    /** The runs due now in the current tenant, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.JOB)
    public List<UUID> dueRuns() {
        return runs.due(clock.instant(), 500);
    }

    /**
     * Step 2 for one run; answers false when it was not due any more (done, or being run by another node). An
     * exception leaves nothing of the run's work behind: the caller records the failure in a new transaction.
     */
    @Transactional
    @PreAuthorize(Access.JOB)
    public boolean execute(UUID runId) {
        Instant now = clock.instant();
        Optional<RunQueries.Claimed> claimed = runs.claim(runId, now);
        if (claimed.isEmpty()) {
            return false;
        }
        RunQueries.Claimed run = claimed.get();
        Signal signal = signals.find(run.signalId());
        if (signal == null) {
            throw new IllegalStateException("The run's signal is gone");
        }
        Optional<StoredRule> found = rules.find(run.ruleId());
        Map<String, Object> inputs = found.map(rule -> withTrigger(inputs(signal), rule)).orElseGet(() -> inputs(signal));
        if (found.isEmpty()) {
            runs.finish(runId, RunStatus.SKIPPED, SkipReason.RULE_DELETED, null, inputs, List.of(), List.of(),
                    run.attempts(), now);
            return true;
        }
        StoredRule rule = found.get();
        if (!rule.enabled()) {
            skip(run, rule, SkipReason.RULE_DISABLED, inputs, now);
            return true;
        }
        UUID community = signal.communityId() != null ? signal.communityId() : rule.communityId();
        if (community != null && archived(community)) {
            skip(run, rule, SkipReason.COMMUNITY_ARCHIVED, inputs, now);
            return true;
        }
        Optional<MemberFacts> member = conditions.member(signal);
        if (member.isPresent()) {
            // Runs go two at a time: two rules acting on one member wait for each other rather than collide.
            runs.lockMember(member.get().memberId());
            member = conditions.member(signal);
        }
        member.ifPresent(facts -> inputs.put("memberName", facts.memberName()));
        if (member.isPresent() && rule.definition().trigger().kind().aboutMember()) {
            UUID membership = member.get().membershipId();
            runs.lockRuleMember(rule.id(), membership);
            runs.setMembership(runId, membership);
            if (runs.actedOnMemberNear(rule.id(), membership, runId, run.triggeredAt(), SAME_MEMBER_WINDOW)) {
                skip(run, rule, SkipReason.SAME_MEMBER_WITHIN_MINUTE, inputs, now);
                return true;
            }
        }
        List<ConditionResult> results = conditions.evaluate(rule.definition().conditions(), signal, member, now);
        if (!results.stream().allMatch(ConditionResult::held)) {
            runs.finish(runId, RunStatus.NOT_MET, null, rule.version(), inputs, results, List.of(),
                    run.attempts() + 1, now);
            return true;
        }
        Actions.Target target = new Actions.Target(TenantContext.current().orElseThrow(), runId, rule, signal,
                community, member, run.triggeredAt());
        List<ActionOutcome> outcomes = RuleCause.runAs(rule.id(), signal.depth(), () -> actions.run(target));
        runs.finish(runId, RunStatus.SUCCEEDED, null, rule.version(), inputs, results, outcomes,
                run.attempts() + 1, now);
        return true;
    }

    /**
     * A run's attempt failed: retried after 30 s, 1, 2, 4 minutes; after the fifth failure it is FAILED, shows first
     * in the run log and the tenant admins are told (once: only this transition tells them).
     */
    @Transactional
    @PreAuthorize(Access.JOB)
    public @Nullable RunStatus recordFailure(UUID runId, String error) {
        Instant now = clock.instant();
        int attempts = runs.attempts(runId) + 1;
        Instant retryAt = attempts >= MAX_ATTEMPTS ? null
                : now.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10)));
        RunQueries.FailureRow failure = runs.recordFailure(runId, error, retryAt, now);
        if (failure == null) {
            return null;
        }
        if (failure.status() == RunStatus.FAILED) {
            notifications.publishToTenantAdminsAnd(List.of(), Notice.of(NotificationTopic.AUTOMATION, FAILED_KIND,
                    RunLogNavigation.runsOf(failure.ruleId()), failure.ruleName(),
                    String.valueOf(failure.attempts())));
        }
        return failure.status();
    }

    /**
     * The rules a signal may fire: the one a scan signal names, else the enabled rules its kind can fire that were on
     * when the fact happened.
     */
    private List<StoredRule> candidates(Signal signal) {
        if (signal.kind() == SignalKind.SCAN) {
            UUID ruleId = signal.ruleId();
            return ruleId == null ? List.of() : rules.find(ruleId).filter(StoredRule::enabled).stream().toList();
        }
        return rules.enabledFor(signal.kind().triggers(), signal.communityId(), signal.occurredAt()).stream()
                .filter(rule -> TriggerMatch.fires(rule.definition().trigger(), signal)).toList();
    }

    /** A rule never fires on what its own actions caused, and no rule fires on a fact too many actions deep. */
    private static @Nullable SkipReason loop(StoredRule rule, Signal signal) {
        if (rule.id().equals(signal.causeRuleId())) {
            return SkipReason.CAUSED_BY_ITSELF;
        }
        return signal.depth() >= RuleCause.MAX_DEPTH ? SkipReason.LOOP_DEPTH : null;
    }

    private boolean archived(UUID community) {
        return communities.statusForJob(community).map(status -> status == CommunityStatus.ARCHIVED).orElse(true);
    }

    private void skip(RunQueries.Claimed run, StoredRule rule, SkipReason reason, Map<String, Object> inputs,
                      Instant now) {
        runs.finish(run.id(), RunStatus.SKIPPED, reason, rule.version(), inputs, List.of(), List.of(),
                run.attempts(), now);
    }

    static Map<String, Object> inputs(Signal signal) {
        Map<String, Object> inputs = new HashMap<>(signal.data());
        inputs.put("fact", signal.kind().name());
        putId(inputs, "communityId", signal.communityId());
        putId(inputs, "membershipId", signal.membershipId());
        putId(inputs, "memberId", signal.memberId());
        putId(inputs, "subjectId", signal.subjectId());
        if (signal.causeRuleId() != null) {
            inputs.put("causedByRule", String.valueOf(signal.causeRuleId()));
            inputs.put("depth", signal.depth());
        }
        return inputs;
    }

    /** The trigger's number or schedule as the rule had it, so the run log can say "warnings reach 2". */
    private static Map<String, Object> withTrigger(Map<String, Object> inputs, StoredRule rule) {
        RuleTrigger trigger = rule.definition().trigger();
        if (trigger.number() != null) {
            inputs.put("triggerNumber", trigger.number());
        }
        if (trigger.schedule() != null) {
            inputs.put("triggerSchedule", trigger.schedule());
        }
        return inputs;
    }

    private static Map<String, Object> webhookData(Signal signal) {
        Map<String, Object> data = new LinkedHashMap<>(signal.data());
        putId(data, "membershipId", signal.membershipId());
        putId(data, "memberId", signal.memberId());
        putId(data, "subjectId", signal.subjectId());
        return data;
    }

    private static void putId(Map<String, Object> map, String key, @Nullable UUID id) {
        if (id != null) {
            map.put(key, id.toString());
        }
    }
}

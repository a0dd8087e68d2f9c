package app.communityops.automation;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberAutomationService;
import app.communityops.members.MemberFacts;
import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a saved rule, enabled or not, would have done over the last 30 days: replayed from the kept signals for
 * fact triggers, from the members' recorded silence for the silence trigger and from the cron times for a schedule.
 * Conditions are evaluated against today's facts (the screen says so). Nothing is written and nothing is sent. A
 * community's rule is for staff who may see the community; a tenant-wide rule for tenant admins.
 */
@Service
public class DryRunService {

    public static final Duration PERIOD = Duration.ofDays(30);
    static final int MAX_FIRINGS = 500;

    private final RuleQueries rules;
    private final SignalQueries signals;
    private final Conditions conditions;
    private final MemberAutomationService members;
    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final Clock clock;

    DryRunService(RuleQueries rules, SignalQueries signals, Conditions conditions, MemberAutomationService members,
                  CommunityService communities, TenantDirectory tenants, Clock clock) {
        this.rules = rules;
        this.signals = signals;
        this.conditions = conditions;
        this.members = members;
        this.communities = communities;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public DryRun dryRun(UUID ruleId) {
        StoredRule rule = rules.find(ruleId).orElseThrow(NotFoundException::new);
        UUID community = rule.communityId();
        if (community == null) {
            if (!CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
                throw new NotFoundException();
            }
        } else {
            communities.writable(community);
        }
        Instant to = clock.instant();
        Instant from = to.minus(PERIOD);
        RuleTrigger trigger = rule.definition().trigger();
        List<Candidate> found = switch (trigger.kind()) {
            case MEMBER_SILENT -> silent(rule, from, to);
            case SCHEDULE -> scheduled(rule, from, to);
            case ACTIVITY_STARTS_IN, CONTENT_DUE, TOOL_RENEWAL_DUE -> List.of();
            default -> facts(rule, from);
        };
        boolean previewable = switch (trigger.kind()) {
            case ACTIVITY_STARTS_IN, CONTENT_DUE, TOOL_RENEWAL_DUE -> false;
            default -> true;
        };
        List<DryRun.Firing> firings = new ArrayList<>();
        Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
        int matched = 0;
        for (Candidate candidate : found) {
            Optional<MemberFacts> member = conditions.member(candidate.signal());
            List<ConditionResult> results = conditions.evaluate(rule.definition().conditions(), candidate.signal(),
                    member, to);
            boolean held = results.stream().allMatch(ConditionResult::held);
            List<ActionKind> actions = new ArrayList<>();
            if (held) {
                matched++;
                for (RuleAction action : rule.definition().actions()) {
                    if (!action.kind().aboutMember() || member.isPresent()) {
                        actions.add(action.kind());
                        counts.merge(action.kind(), 1, Integer::sum);
                    }
                }
            }
            if (firings.size() < MAX_FIRINGS) {
                firings.add(new DryRun.Firing(candidate.signal().occurredAt(),
                        member.map(MemberFacts::memberName).orElse(candidate.subject()), results, held, actions));
            }
        }
        return new DryRun(rule.id(), rule.name(), rule.enabled(), trigger, from, to, previewable, found.size(),
                matched, counts, firings, found.size() > MAX_FIRINGS);
    }

    private record Candidate(Signal signal, @Nullable String subject) {
    }

    /** The kept facts of the period that cross the rule's trigger, in the rule's community (or all, tenant-wide). */
    private List<Candidate> facts(StoredRule rule, Instant from) {
        List<SignalKind> kinds = SignalKind.firing(rule.definition().trigger().kind());
        if (kinds.isEmpty()) {
            return List.of();
        }
        return signals.since(kinds, from, 10 * MAX_FIRINGS).stream()
                .filter(signal -> rule.communityId() == null || rule.communityId().equals(signal.communityId()))
                .filter(signal -> TriggerMatch.fires(rule.definition().trigger(), signal))
                .map(signal -> new Candidate(signal, subject(signal))).toList();
    }

    /** Members whose present silence crossed N days within the period, at the time it crossed. */
    private List<Candidate> silent(StoredRule rule, Instant from, Instant to) {
        Integer days = rule.definition().trigger().number();
        if (days == null || days <= 0) {
            return List.of();
        }
        Duration silence = Duration.ofDays(days);
        List<Candidate> found = new ArrayList<>();
        for (MemberFacts member : members.silentSince(to.minus(silence), 10 * MAX_FIRINGS)) {
            Instant since = member.silentSince();
            if (since == null || since.plus(silence).isBefore(from)
                    || (rule.communityId() != null && !rule.communityId().equals(member.communityId()))) {
                continue;
            }
            found.add(new Candidate(new Signal(Uuids.v7(), SignalKind.SCAN, member.communityId(),
                    member.membershipId(), member.memberId(), null, Map.of(), since.plus(silence), rule.id(), null, 0),
                    member.memberName()));
        }
        return found.stream().sorted(java.util.Comparator.comparing(c -> c.signal().occurredAt())).toList();
    }

    /** The rule's cron times; a tenant-wide rule's once per community that is not archived, as the scan fires it. */
    private List<Candidate> scheduled(StoredRule rule, Instant from, Instant to) {
        List<CommunitySummary> each = rule.communityId() != null ? List.of() : communities.visible().stream()
                .filter(community -> community.status() != CommunityStatus.ARCHIVED).toList();
        return AutomationScans.cronTimes(rule.definition().trigger().schedule(),
                        tenants.zone(TenantContext.current().orElseThrow()), from, to).stream()
                .flatMap(at -> rule.communityId() != null
                        ? java.util.stream.Stream.of(new Candidate(new Signal(Uuids.v7(), SignalKind.SCAN,
                                rule.communityId(), null, null, null, Map.of(), at, rule.id(), null, 0), null))
                        : each.stream().map(community -> new Candidate(new Signal(Uuids.v7(), SignalKind.SCAN,
                                community.id(), null, null, null, Map.of(), at, rule.id(), null, 0),
                                community.name())))
                .limit(10L * MAX_FIRINGS)
                .toList();
    }

    /** What a fact without a member is about, in a word: the KPI and its status, the code, the amount. */
    private static @Nullable String subject(Signal signal) {
        return switch (signal.kind()) {
            case KPI_STATUS_CHANGED -> signal.text("kpi") + " · " + signal.text("status");
            case CODES_USED_UP -> signal.text("code");
            default -> null;
        };
    }
}

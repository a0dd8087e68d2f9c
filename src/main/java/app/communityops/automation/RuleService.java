package app.communityops.automation;

import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automation rules people edit: list, read, create (always as a disabled draft), change, switch on and off,
 * delete, each change under optimistic locking and in the audit log. Tenant admins reach every rule; operators the
 * rules of their communities only (see {@link RuleScopes}). Every definition is checked by {@link RuleValidation},
 * which names the field at fault.
 */
@Service
public class RuleService {

    private final RuleRepository rules;
    private final RuleValidation validation;
    private final RuleScopes scopes;
    private final TenantZone zones;
    private final Clock clock;

    RuleService(RuleRepository rules, RuleValidation validation, RuleScopes scopes, TenantZone zones, Clock clock) {
        this.rules = rules;
        this.validation = validation;
        this.scopes = scopes;
        this.zones = zones;
        this.clock = clock;
    }

    /** The rules the user may see in that scope, by name, tenant-wide ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<RuleSummary> list(RuleScope scope) {
        Map<UUID, CommunitySummary> visible = scopes.visibleCommunities();
        RuleValidation.References references = validation.references();
        return rules.findAllByOrderByNameAsc().stream()
                .filter(rule -> scopes.canSee(rule.getCommunityId(), visible))
                .filter(rule -> switch (scope.kind()) {
                    case ALL -> true;
                    case TENANT_WIDE -> rule.getCommunityId() == null;
                    case COMMUNITY -> scope.communityId() != null && scope.communityId().equals(rule.getCommunityId());
                })
                .map(rule -> summary(rule, visible, references))
                .sorted(Comparator.comparing((RuleSummary rule) -> !rule.tenantWide())
                        .thenComparing(rule -> rule.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public Optional<RuleSummary> find(UUID id) {
        Map<UUID, CommunitySummary> visible = scopes.visibleCommunities();
        return rules.findById(id).filter(rule -> scopes.canSee(rule.getCommunityId(), visible))
                .map(rule -> summary(rule, visible, validation.references()));
    }

    /** Saves a new rule, disabled: it acts only once someone enables it (after a dry run, ideally). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RuleSummary create(@Nullable UUID communityId, RuleForm form) {
        scopes.requireNewRuleScope(communityId);
        String name = validation.name(form.name());
        RuleDefinition definition = validation.definition(form.definition(), validation.references());
        Rule rule = new Rule(communityId, null, null, CurrentUser.require().userId(), clock.instant());
        rule.define(name, definition, CurrentUser.require().userId(), clock.instant());
        return summary(rules.saveAndFlush(rule));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RuleSummary update(UUID id, long expectedVersion, RuleForm form) {
        Rule rule = reachable(id, expectedVersion);
        String name = validation.name(form.name());
        RuleDefinition definition = validation.definition(form.definition(), validation.references());
        rule.define(name, definition, CurrentUser.require().userId(), clock.instant());
        return summary(rules.saveAndFlush(rule));
    }

    /** Switches a rule on or off. A rule that needs attention cannot be switched on until it is fixed. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RuleSummary setEnabled(UUID id, long expectedVersion, boolean enabled) {
        Rule rule = reachable(id, expectedVersion);
        if (enabled) {
            RuleSummary current = summary(rule);
            if (current.needsAttention()) {
                throw new UserFacingException("automation.error.needsAttention", null);
            }
        }
        rule.enable(enabled, CurrentUser.require().userId(), clock.instant());
        return summary(rules.saveAndFlush(rule));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void delete(UUID id, long expectedVersion) {
        rules.delete(reachable(id, expectedVersion));
        rules.flush();
    }

    /** The next {@code count} times a six-field cron expression fires, in the tenant's zone. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<ZonedDateTime> nextFirings(String schedule, int count) {
        CronExpression cron = RuleValidation.cron(schedule);
        ZoneId zone = zones.current();
        List<ZonedDateTime> times = new ArrayList<>();
        ZonedDateTime from = ZonedDateTime.now(clock.withZone(zone));
        for (int i = 0; i < count; i++) {
            ZonedDateTime next = cron.next(from);
            if (next == null) {
                break;
            }
            times.add(next);
            from = next;
        }
        return times;
    }

    /** The communities the user may make rules for: their visible ones that are not archived. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<CommunitySummary> communitiesForRules() {
        return scopes.visibleCommunities().values().stream()
                .filter(community -> community.status() != CommunityStatus.ARCHIVED)
                .sorted(Comparator.comparing(CommunitySummary::name)).toList();
    }

    private Rule reachable(UUID id, long expectedVersion) {
        Rule rule = rules.findById(id).orElseThrow(NotFoundException::new);
        scopes.requireReach(rule.getCommunityId());
        if (rule.version() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return rule;
    }

    private RuleSummary summary(Rule rule) {
        return summary(rule, scopes.visibleCommunities(), validation.references());
    }

    static RuleSummary summary(Rule rule, Map<UUID, CommunitySummary> visible,
                               RuleValidation.References references, RuleValidation validation) {
        RuleDefinition definition = rule.getDefinition();
        List<RuleProblem> problems = new ArrayList<>(validation.problems(definition, references));
        CommunitySummary community = rule.getCommunityId() == null ? null : visible.get(rule.getCommunityId());
        if (community != null && community.status() == CommunityStatus.ARCHIVED) {
            problems.add(new RuleProblem(RuleProblem.Kind.COMMUNITY_ARCHIVED, 0));
        }
        return new RuleSummary(rule.getId(), rule.getCommunityId(), community == null ? null : community.name(),
                rule.getName(), definition, rule.isEnabled(), rule.getPlaybookKey(), problems, rule.getUpdatedAt(),
                rule.version());
    }

    private RuleSummary summary(Rule rule, Map<UUID, CommunitySummary> visible,
                                RuleValidation.References references) {
        return summary(rule, visible, references, validation);
    }
}

package app.communityops.automation;

import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches the built-in {@link Playbook}s on and off per community (tenant-wide for tenant admins). Switching on
 * makes the playbook's rules there, enabled, in the language of the person switching; switching on again enables
 * the rules made before (as they were edited since) and makes only those missing, so nothing is duplicated; a
 * unique index backs this when two people do it at once. Switching off disables them and keeps them, edits and
 * all. Who may do what is the same as for rules ({@link RuleScopes}).
 */
@Service
public class PlaybookService {

    private final RuleRepository rules;
    private final RuleValidation validation;
    private final RuleScopes scopes;
    private final FeatureBundlesI18NProvider texts;
    private final Clock clock;

    PlaybookService(RuleRepository rules, RuleValidation validation, RuleScopes scopes,
                    FeatureBundlesI18NProvider texts, Clock clock) {
        this.rules = rules;
        this.validation = validation;
        this.scopes = scopes;
        this.texts = texts;
        this.clock = clock;
    }

    /** Every playbook with where it was switched on, tenant-wide first, then by community name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<PlaybookStatus> overview() {
        Map<UUID, CommunitySummary> visible = scopes.visibleCommunities();
        Map<String, List<Rule>> byPlaybook = rules.findByPlaybookKeyIsNotNull().stream()
                .filter(rule -> scopes.canSee(rule.getCommunityId(), visible))
                .collect(Collectors.groupingBy(rule -> Objects.requireNonNull(rule.getPlaybookKey())));
        List<PlaybookStatus> statuses = new ArrayList<>();
        for (Playbook playbook : Playbook.values()) {
            Map<Optional<UUID>, List<Rule>> byPlace = new LinkedHashMap<>();
            for (Rule rule : byPlaybook.getOrDefault(playbook.key(), List.of())) {
                byPlace.computeIfAbsent(Optional.ofNullable(rule.getCommunityId()), place -> new ArrayList<>())
                        .add(rule);
            }
            List<PlaybookPlacement> placements = byPlace.entrySet().stream()
                    .map(entry -> placement(entry.getKey().orElse(null), entry.getValue(), visible))
                    .sorted(Comparator.comparing((PlaybookPlacement place) -> place.communityId() != null)
                            .thenComparing(place -> Objects.requireNonNullElse(place.communityName(), "")))
                    .toList();
            statuses.add(new PlaybookStatus(playbook, placements));
        }
        return statuses;
    }

    /**
     * Switches the playbook on for the community ({@code null}: every community, tenant admins only): its rules
     * there are enabled, those missing are made with their texts in {@code language}. A rule that needs attention
     * (it names a tier deleted since) stays off until it is fixed.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public PlaybookPlacement switchOn(Playbook playbook, @Nullable UUID communityId, Locale language) {
        scopes.requireNewRuleScope(communityId);
        UUID by = CurrentUser.require().userId();
        Instant now = clock.instant();
        RuleValidation.References references = validation.references();
        Map<Integer, Rule> existing = rules.playbookRules(playbook.key(), communityId).stream()
                .collect(Collectors.toMap(rule -> Objects.requireNonNull(rule.getPlaybookStep()), rule -> rule));
        List<Rule> placed = new ArrayList<>();
        for (int step = 0; step < playbook.steps().size(); step++) {
            Rule rule = existing.get(step);
            if (rule == null) {
                Playbook.Step template = playbook.steps().get(step);
                rule = new Rule(communityId, playbook.key(), step, by, now);
                rule.define(validation.name(texts.getTranslation(template.nameKey(), language)),
                        validation.definition(template.definition(key -> texts.getTranslation(key, language)),
                                references), by, now);
            }
            if (!rule.isEnabled() && validation.problems(rule.getDefinition(), references).isEmpty()) {
                rule.enable(true, by, now);
            }
            placed.add(rules.save(rule));
        }
        rules.flush();
        return placement(communityId, placed, scopes.visibleCommunities());
    }

    /** Switches the playbook off there: its rules are disabled and kept. Answers how many were switched off. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public int switchOff(Playbook playbook, @Nullable UUID communityId) {
        scopes.requireReach(communityId);
        UUID by = CurrentUser.require().userId();
        Instant now = clock.instant();
        int switched = 0;
        for (Rule rule : rules.playbookRules(playbook.key(), communityId)) {
            if (rule.isEnabled()) {
                rule.enable(false, by, now);
                switched++;
            }
        }
        rules.flush();
        return switched;
    }

    private static PlaybookPlacement placement(@Nullable UUID communityId, List<Rule> placed,
                                               Map<UUID, CommunitySummary> visible) {
        CommunitySummary community = communityId == null ? null : visible.get(communityId);
        return new PlaybookPlacement(communityId, community == null ? null : community.name(), placed.size(),
                (int) placed.stream().filter(Rule::isEnabled).count());
    }
}

package app.communityops.automation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The built-in SOP packs (社群 SOP) from the source text's world: named sets of rules a tenant switches on per
 * community (or for every community) and edits afterwards like any rule. Texts of a template are i18n keys, put
 * into the language of the person who switches the playbook on; {@link #key()} is kept in
 * {@code automation_rule.playbook_key}, the step's index in {@code playbook_step}.
 */
public enum Playbook {

    /** Day 0 welcome, day 3 check-in, day 7 activation nudge, each a task for the community's operators. */
    WELCOME("welcome",
            step("welcome.0", RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), task("welcome.0", 0)),
            step("welcome.1", RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), task("welcome.1", 72)),
            step("welcome.2", RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(), task("welcome.2", 168))),
    /** A joined member silent for two weeks is tagged and someone reaches out within two days. */
    WIN_BACK("winback",
            step("winback.0", RuleTrigger.of(TriggerKind.MEMBER_SILENT, 14),
                    List.of(new RuleCondition(ConditionKind.MEMBER_STATUS_IS, "JOINED")),
                    tag("winback.0"), task("winback.0", 48))),
    /**
     * A member whose health entered "at risk" (docs/decisions/0047-member-health.md) is tagged and an operator
     * reaches out within two days, before the member slips further.
     */
    AT_RISK("atrisk",
            step("atrisk.0", new RuleTrigger(TriggerKind.MEMBER_ENTERED_SEGMENT, null, null, "AT_RISK"), List.of(),
                    tag("atrisk.0"), task("atrisk.0", 48))),
    /** Three free trial lessons attended and nothing bought yet: follow up on the 19.9 yuan paid entry. */
    TRIAL_TO_PAID("trial",
            step("trial.0", RuleTrigger.of(TriggerKind.ATTENDANCE_REACHED, 3),
                    List.of(new RuleCondition(ConditionKind.NO_PURCHASE_YET, null)), task("trial.0", 24))),
    /** A first course bought: tag the buyer and follow up on a repurchase two weeks later. */
    REPURCHASE("repurchase",
            step("repurchase.0", RuleTrigger.of(TriggerKind.FIRST_PURCHASE), List.of(), tag("repurchase.0"),
                    task("repurchase.0", 336))),
    /** A review of two stars or fewer: answer it within 24 hours, and tell the operators now. */
    NEGATIVE_REVIEW("review",
            step("review.0", RuleTrigger.of(TriggerKind.REVIEW_AT_MOST, 2), List.of(), task("review.0", 24),
                    new RuleAction(ActionKind.NOTIFY, text("review.0.notify"), null))),
    /** Every Monday at 9:00 in the tenant's zone: collect the topic for the weekly sharing. */
    WEEKLY_SHARING("weekly",
            step("weekly.0", RuleTrigger.schedule("0 0 9 * * MON"), List.of(), task("weekly.0", 8)));

    /** One rule of a playbook: its name's key and its definition, whose texts are keys. */
    public record Step(String nameKey, RuleDefinition template) {

        /** The definition with every text put into words by {@code translate}. */
        public RuleDefinition definition(UnaryOperator<String> translate) {
            return new RuleDefinition(template.trigger(), template.conditions(), template.actions().stream()
                    .map(action -> new RuleAction(action.kind(),
                            action.text() == null ? null : translate.apply(action.text()), action.dueInHours()))
                    .toList());
        }
    }

    private static final String PREFIX = "automation.playbook.";

    private final String key;
    private final List<Step> steps;

    Playbook(String key, Step... steps) {
        this.key = key;
        this.steps = List.of(steps);
    }

    public String key() {
        return key;
    }

    public List<Step> steps() {
        return steps;
    }

    public String nameKey() {
        return PREFIX + key + ".name";
    }

    public String descriptionKey() {
        return PREFIX + key + ".description";
    }

    public static Optional<Playbook> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (Playbook playbook : values()) {
            if (playbook.key.equals(wanted)) {
                return Optional.of(playbook);
            }
        }
        return Optional.empty();
    }

    private static Step step(String id, RuleTrigger trigger, List<RuleCondition> conditions, RuleAction... actions) {
        return new Step(PREFIX + id + ".rule", new RuleDefinition(trigger, conditions, List.of(actions)));
    }

    private static RuleAction task(String id, int dueInHours) {
        return new RuleAction(ActionKind.CREATE_TASK, text(id + ".task"), dueInHours);
    }

    private static RuleAction tag(String id) {
        return new RuleAction(ActionKind.ADD_TAG, text(id + ".tag"), null);
    }

    private static String text(String id) {
        return PREFIX + id;
    }
}

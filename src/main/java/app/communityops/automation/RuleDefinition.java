package app.communityops.automation;

import java.util.List;

/**
 * When → if → then: what a rule is, stored as JSON in {@code automation_rule.definition}. Records only, so the
 * stored form is the JSON of these records and nothing else.
 */
public record RuleDefinition(RuleTrigger trigger, List<RuleCondition> conditions, List<RuleAction> actions) {

    public RuleDefinition {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }
}

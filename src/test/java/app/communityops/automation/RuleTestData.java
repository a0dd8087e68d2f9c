package app.communityops.automation;

import java.util.List;

/** Rule definitions for tests: small, valid ones to vary one field at a time. */
public final class RuleTestData {

    private RuleTestData() {
    }

    /** When a member joins → create a task due in 24 hours. */
    public static RuleDefinition welcomeTask() {
        return new RuleDefinition(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                List.of(new RuleAction(ActionKind.CREATE_TASK, "Say hello", 24)));
    }

    public static RuleForm form(String name, RuleDefinition definition) {
        return new RuleForm(name, definition);
    }

    public static RuleDefinition with(RuleTrigger trigger, List<RuleCondition> conditions, RuleAction... actions) {
        return new RuleDefinition(trigger, conditions, List.of(actions));
    }

    public static RuleAction task(String title, int hours) {
        return new RuleAction(ActionKind.CREATE_TASK, title, hours);
    }
}

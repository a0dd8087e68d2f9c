package app.communityops.automation;

import org.jspecify.annotations.Nullable;

/**
 * One action of a rule, run in order. {@code text} is the tag, the reason, the task's title or the message;
 * {@code dueInHours} is how long after the trigger a task is due (a playbook's "day 3 check-in" is 72).
 */
public record RuleAction(ActionKind kind, @Nullable String text, @Nullable Integer dueInHours) {
}

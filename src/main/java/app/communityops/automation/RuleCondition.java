package app.communityops.automation;

import org.jspecify.annotations.Nullable;

/** One condition of a rule; all of a rule's conditions must hold. */
public record RuleCondition(ConditionKind kind, @Nullable String value) {
}

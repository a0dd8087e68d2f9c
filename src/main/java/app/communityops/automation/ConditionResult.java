package app.communityops.automation;

import org.jspecify.annotations.Nullable;

/**
 * How one condition of a rule came out for one firing. {@code note} says why when the answer is not plain (a tier
 * that no longer exists, a member that is gone): a key under {@code automation.note.}.
 */
public record ConditionResult(ConditionKind kind, @Nullable String value, boolean held, @Nullable String note) {
}

package app.communityops.automation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One firing of a rule as the run log shows it: the rule and the version used, the trigger's inputs, each
 * condition's result, each action's outcome, and how it ended.
 */
public record RunEntry(UUID id, UUID ruleId, String ruleName, @Nullable Long ruleVersion, TriggerKind triggerKind,
                       @Nullable UUID communityId, @Nullable UUID membershipId, RunStatus status,
                       @Nullable SkipReason skipReason, Map<String, Object> inputs, List<ConditionResult> conditions,
                       List<ActionOutcome> actions, int attempts, @Nullable String lastError, Instant triggeredAt,
                       @Nullable Instant finishedAt) {

    public RunEntry {
        inputs = Map.copyOf(inputs);
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    /** The member's name when the run was about one. */
    public @Nullable String memberName() {
        Object name = inputs.get("memberName");
        return name == null ? null : name.toString();
    }
}

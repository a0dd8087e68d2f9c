package app.communityops.automation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a rule would have done over a past period: each firing (when, about whom, each condition's result against
 * today's facts, the actions it would run), the counts per action, and whether the trigger can be replayed at all
 * ({@code previewable} is false for triggers found by a scan of today's state only).
 */
public record DryRun(UUID ruleId, String ruleName, boolean enabled, RuleTrigger trigger, Instant from, Instant to,
                     boolean previewable, int fired, int matched, Map<ActionKind, Integer> actionCounts,
                     List<Firing> firings, boolean truncated) {

    public DryRun {
        actionCounts = Map.copyOf(actionCounts);
        firings = List.copyOf(firings);
    }

    public record Firing(Instant at, @Nullable String subject, List<ConditionResult> conditions, boolean held,
                         List<ActionKind> actions) {

        public Firing {
            conditions = List.copyOf(conditions);
            actions = List.copyOf(actions);
        }
    }
}

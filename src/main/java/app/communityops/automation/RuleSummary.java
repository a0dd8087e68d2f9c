package app.communityops.automation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rule as lists and the editor show it. {@code communityId} null means every community of the tenant;
 * {@code problems} says why it needs attention (a tier it names was deleted...), empty when all is well.
 */
public record RuleSummary(UUID id, @Nullable UUID communityId, @Nullable String communityName, String name,
                          RuleDefinition definition, boolean enabled, @Nullable String playbookKey,
                          List<RuleProblem> problems, Instant updatedAt, long version) {

    public RuleSummary {
        problems = List.copyOf(problems);
    }

    public boolean tenantWide() {
        return communityId == null;
    }

    public boolean needsAttention() {
        return !problems.isEmpty();
    }
}

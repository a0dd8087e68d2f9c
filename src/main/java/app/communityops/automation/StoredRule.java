package app.communityops.automation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rule as the engine reads it from {@code automation_rule}: its current definition and version. */
record StoredRule(UUID id, @Nullable UUID communityId, String name, RuleDefinition definition, boolean enabled,
                  long version) {
}

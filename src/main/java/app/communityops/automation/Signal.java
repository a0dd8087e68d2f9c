package app.communityops.automation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fact kept for the rules: what happened, where, to whom, its figures ({@code data}), and, when a rule's action
 * caused it, that rule and how many actions lie behind it ({@code depth}).
 */
record Signal(UUID id, SignalKind kind, @Nullable UUID communityId, @Nullable UUID membershipId,
              @Nullable UUID memberId, @Nullable UUID subjectId, Map<String, Object> data, Instant occurredAt,
              @Nullable UUID ruleId, @Nullable UUID causeRuleId, int depth) {

    Signal {
        data = Map.copyOf(data);
    }

    @Nullable Integer number(String key) {
        Object value = data.get(key);
        return value instanceof Number number ? number.intValue() : null;
    }

    @Nullable BigDecimal decimal(String key) {
        Object value = data.get(key);
        return value == null ? null : new BigDecimal(value.toString());
    }

    @Nullable String text(String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }
}

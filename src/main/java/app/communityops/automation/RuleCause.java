package app.communityops.automation;

import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which rule's actions are running on this thread, so a fact those actions cause (a warning, a tag) is kept as a
 * signal that names the rule and one more step of depth: the rule then never fires on it, and a chain of rules
 * firing each other stops at {@link #MAX_DEPTH}.
 */
final class RuleCause {

    /** Signals this many actions deep fire no rule. */
    static final int MAX_DEPTH = 3;

    record Cause(UUID ruleId, int depth) {
    }

    private static final ThreadLocal<@Nullable Cause> CURRENT = new ThreadLocal<>();

    private RuleCause() {
    }

    static @Nullable Cause current() {
        return CURRENT.get();
    }

    static <T> T runAs(UUID ruleId, int depthOfSignal, Supplier<T> work) {
        Cause previous = CURRENT.get();
        CURRENT.set(new Cause(ruleId, depthOfSignal + 1));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}

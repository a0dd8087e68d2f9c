package app.communityops.automation;

import org.jspecify.annotations.Nullable;

/**
 * What one action of a rule did in a run: {@code outcome} is a key under {@code automation.outcome.} (DONE,
 * UNCHANGED, NO_MEMBER, NOT_JOINED, NO_COMMUNITY...), {@code detail} the tag, task title or message it used.
 */
public record ActionOutcome(int index, ActionKind kind, String outcome, @Nullable String detail) {
}

package app.communityops.members;

import org.jspecify.annotations.Nullable;

/**
 * One factor behind a member's score with its figures, e.g. ({@code ATTENDED}, 0, 4), and its pull on the score in
 * points: what it added minus its full marks, or a penalty (0: full marks; negative: it pulled the score down).
 */
public record HealthFactor(HealthFactorKind kind, int value, @Nullable Integer of, int points) {
}

package app.communityops.members;

import org.jspecify.annotations.Nullable;

/**
 * One factor behind a member's score with its figures, e.g. ({@code ATTENDED}, 0, 4), and its effect on the score
 * in points (negative: it pulled the score down).
 */
public record HealthFactor(HealthFactorKind kind, int value, @Nullable Integer of, int points) {
}

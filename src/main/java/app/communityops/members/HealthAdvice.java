package app.communityops.members;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The operator's suggested next step for a member whose health is falling, chosen by the factor that pulls the score
 * down the most: a silent member gets a personal check-in, one who stopped attending an invitation to the next
 * activity, one with warnings a review of them. The texts are in the members bundles
 * ({@code health.nextStep.<FACTOR>}).
 */
public final class HealthAdvice {

    private HealthAdvice() {
    }

    /** The factor with the most negative points; empty when no factor pulls the score down. */
    public static Optional<HealthFactor> dominant(List<HealthFactor> factors) {
        return factors.stream().filter(factor -> factor.points() < 0)
                .min(Comparator.comparingInt(HealthFactor::points));
    }

    /** The i18n key of the next step for a member whose strongest pull down is {@code kind}. */
    public static String nextStepKey(HealthFactorKind kind) {
        return "health.nextStep." + kind.name();
    }

    /** The next step when no single factor stands out. */
    public static final String GENERAL_NEXT_STEP = "health.nextStep.GENERAL";

    public static String nextStepKey(List<HealthFactor> factors) {
        return dominant(factors).map(factor -> nextStepKey(factor.kind())).orElse(GENERAL_NEXT_STEP);
    }
}

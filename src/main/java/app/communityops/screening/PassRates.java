package app.communityops.screening;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Screening pass rates of a community: approved ÷ decided applications overall and among the applications each
 * mechanism screened, plus how often the mechanism's own check passed. Rates are empty when nothing is decided.
 */
public record PassRates(int decided, int approved, List<MechanismRate> mechanisms) {

    public PassRates {
        mechanisms = List.copyOf(mechanisms);
    }

    public OptionalDouble rate() {
        return ratio(approved, decided);
    }

    /** Applications decided while this mechanism was part of the policy. */
    public record MechanismRate(ScreeningMechanism mechanism, int decided, int approved, int checkPassed) {

        public OptionalDouble rate() {
            return ratio(approved, decided);
        }

        public OptionalDouble checkPassRate() {
            return ratio(checkPassed, decided);
        }
    }

    static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}

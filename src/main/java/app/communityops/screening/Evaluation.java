package app.communityops.screening;

import java.util.List;
import java.util.Optional;

/** The outcome of every enabled mechanism, in the order of the source text, and the verdict they combine to. */
public record Evaluation(Combine combine, List<MechanismResult> results, Verdict verdict, boolean reviewerApproved) {

    public Evaluation {
        results = List.copyOf(results);
    }

    public Optional<MechanismResult> result(ScreeningMechanism mechanism) {
        return results.stream().filter(r -> r.mechanism() == mechanism).findFirst();
    }
}

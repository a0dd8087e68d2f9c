package app.communityops.members;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of the At-risk list: their score and segment (at risk or slipping), since when they are in it, and the
 * factors behind the score, the strongest pull down first. {@code handle} is empty for users who may not read it.
 */
public record AtRiskMember(UUID membershipId, UUID memberId, String name, @Nullable String handle, int score,
                           HealthSegment segment, LocalDate segmentSince, List<HealthFactor> factors) {

    public AtRiskMember {
        factors = List.copyOf(factors);
    }

    /** The factor that pulls the score down the most, which decides the suggested next step. */
    public java.util.Optional<HealthFactor> dominant() {
        return HealthAdvice.dominant(factors);
    }
}

package app.communityops.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A joined membership's health as the daily recompute last left it (table member_health): the score (0-100), its
 * segment since when, the factors behind it, and the weekly scores of the last twelve weeks, oldest first.
 */
public record MemberHealth(UUID membershipId, UUID communityId, UUID memberId, int score, HealthSegment segment,
                           LocalDate segmentSince, List<HealthFactor> factors, List<Integer> trend,
                           Instant computedAt) {

    public MemberHealth {
        factors = List.copyOf(factors);
        trend = List.copyOf(trend);
    }
}

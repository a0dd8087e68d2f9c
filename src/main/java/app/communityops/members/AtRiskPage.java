package app.communityops.members;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a community's At-risk list, how many are on the whole list, and when the scores were computed. */
public record AtRiskPage(List<AtRiskMember> members, long total, @Nullable Instant asOf) {

    public AtRiskPage {
        members = List.copyOf(members);
    }
}

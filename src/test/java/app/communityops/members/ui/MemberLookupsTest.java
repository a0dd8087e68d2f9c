package app.communityops.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A membership's mechanisms read in screening's order, not in the order of their codes' names. */
class MemberLookupsTest {

    @Test
    void mechanismsFollowScreeningsOrderAndUnknownCodesComeLast() {
        MemberLookups lookups = new MemberLookups(List.of(), List.of(), Map.of(), Map.of(),
                List.of("PAID_ENTRY", "INVITATION_CODE", "CONDITION_REVIEW"));

        assertThat(lookups.ordered(Set.of("CONDITION_REVIEW", "RETIRED", "PAID_ENTRY")))
                .containsExactly("PAID_ENTRY", "CONDITION_REVIEW", "RETIRED");
    }
}

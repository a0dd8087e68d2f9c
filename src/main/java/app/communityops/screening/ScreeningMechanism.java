package app.communityops.screening;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The five screening mechanisms (筛选机制) of the source text. Screening owns them; a membership records the codes
 * ({@link #name()}) of those that screened it, and the members feature learns the list through
 * {@code members.ScreeningReferences}.
 */
public enum ScreeningMechanism {
    PAID_ENTRY, INVITATION_CODE, CONDITION_REVIEW, TIER_PRIVILEGE, PURCHASE_AMOUNT;

    /** The codes of these mechanisms, as a membership records them. */
    public static Set<String> codes(Set<ScreeningMechanism> mechanisms) {
        return mechanisms.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

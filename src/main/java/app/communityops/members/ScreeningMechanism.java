package app.communityops.members;

/** The five screening mechanisms (筛选机制) of the source text. */
public enum ScreeningMechanism {
    PAID_ENTRY, INVITATION_CODE, CONDITION_REVIEW, TIER_PRIVILEGE, PURCHASE_AMOUNT
}

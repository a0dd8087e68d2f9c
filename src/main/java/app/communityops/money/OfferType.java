package app.communityops.money;

/** The monetisation modes of the source text; the type is an offer's revenue stream in the figures. */
public enum OfferType {
    ADVERTISING, COMMISSION, GOODS, PAID_KNOWLEDGE, SERVICE, MEMBERSHIP_FEE
}

package app.communityops.money;

/** Only an offer on sale can be ordered; a retired one stays for the orders that bought it. */
public enum OfferStatus {
    DRAFT, ON_SALE, PAUSED, RETIRED
}

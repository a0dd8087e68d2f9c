package app.communityops.money;

import java.util.UUID;

/** The way in to the money screens: the tenant's offers, commissions and figures, and a community's money page. */
public final class MoneyNavigation {

    public static final String OFFERS_ROUTE = "money/offers";
    public static final String COMMISSIONS_ROUTE = "money/commissions";
    public static final String FIGURES_ROUTE = "money/figures";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/money";

    private MoneyNavigation() {
    }

    public static String communityPath(UUID communityId) {
        return "communities/" + communityId + "/money";
    }
}

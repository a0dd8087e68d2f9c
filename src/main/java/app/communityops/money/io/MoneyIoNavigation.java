package app.communityops.money.io;

import java.util.UUID;

/** The way in to the orders import screen, for the community's money page. */
public final class MoneyIoNavigation {

    public static final String IMPORT_ROUTE = "communities/:communityId/money/import";

    private MoneyIoNavigation() {
    }

    public static String importPath(UUID communityId) {
        return "communities/" + communityId + "/money/import";
    }

    /** The community's money page: spelled out because a view package is nobody's API. */
    public static String moneyPath(UUID communityId) {
        return "communities/" + communityId + "/money";
    }
}

package app.communityops.money.io;

import app.communityops.money.MoneyNavigation;
import java.time.LocalDate;
import java.util.UUID;

/** The ways in to the orders import screen and the orders export, for the community's money page. */
public final class MoneyIoNavigation {

    public static final String IMPORT_ROUTE = "communities/:communityId/money/import";

    private MoneyIoNavigation() {
    }

    public static String importPath(UUID communityId) {
        return "communities/" + communityId + "/money/import";
    }

    /** The orders CSV of a period, relative to the application's root like the console's own links. */
    public static String exportPath(UUID communityId, LocalDate from, LocalDate to) {
        return "export/communities/" + communityId + "/orders.csv?from=" + from + "&to=" + to;
    }

    /** The community's money page, where the import is linked from. */
    public static String moneyPath(UUID communityId) {
        return MoneyNavigation.communityPath(communityId);
    }
}

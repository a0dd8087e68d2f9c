package app.communityops.content.io;

import java.util.UUID;

/** The way in to the engagement import screen, for the community's content list. */
public final class ContentIoNavigation {

    public static final String IMPORT_ROUTE = "communities/:communityId/content/import";

    private ContentIoNavigation() {
    }

    public static String importPath(UUID communityId) {
        return "communities/" + communityId + "/content/import";
    }

    /** The community's content list: spelled out because a view package is nobody's API. */
    public static String listPath(UUID communityId) {
        return "communities/" + communityId + "/content";
    }
}

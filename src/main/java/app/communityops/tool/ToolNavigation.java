package app.communityops.tool;

/** The way in to the tool screens from elsewhere. */
public final class ToolNavigation {

    public static final String TOOLS_ROUTE = "tools";
    public static final String SETTINGS_ROUTE = "settings/tools";
    public static final String COMMUNITY_ROUTE = "communities/:communityId/tools";

    private ToolNavigation() {
    }

    public static String communityPath(java.util.UUID communityId) {
        return "communities/" + communityId + "/tools";
    }
}

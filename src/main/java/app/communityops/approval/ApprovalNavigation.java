package app.communityops.approval;

import java.util.UUID;

/** The way in to the approval screens from other features and from notifications. */
public final class ApprovalNavigation {

    public static final String LIST_ROUTE = "approvals";
    public static final String DETAIL_ROUTE = "approvals/:requestId";
    public static final String SETTINGS_ROUTE = "approval-settings";
    public static final String CLIENT_SETTINGS_ROUTE = "approval-settings/clients/:clientId";
    public static final String COMMUNITY_SETTINGS_ROUTE = "communities/:communityId/approval-settings";

    private ApprovalNavigation() {
    }

    public static String detailPath(UUID requestId) {
        return LIST_ROUTE + "/" + requestId;
    }

    public static String clientSettingsPath(UUID clientId) {
        return SETTINGS_ROUTE + "/clients/" + clientId;
    }

    public static String communitySettingsPath(UUID communityId) {
        return "communities/" + communityId + "/approval-settings";
    }
}

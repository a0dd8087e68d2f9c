package app.communityops.shared.ui;

/**
 * The side navigation's groups, in order: the community workspace, the C-ACM-MT areas (automation beside Manage),
 * then administration.
 * A group is shown only once a screen in it exists and the user may open it.
 */
public enum NavArea {
    WORKSPACE, CUSTOM, ACTIVITY, CONTENT, MONEY, MANAGE, AUTOMATION, TOOL, ADMINISTRATION, PLATFORM;

    public String titleKey() {
        return "nav.area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

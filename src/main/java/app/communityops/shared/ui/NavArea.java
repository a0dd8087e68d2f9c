package app.communityops.shared.ui;

/**
 * The side navigation's groups, in order: the community workspace, the six C-ACM-MT areas, automation (rules and
 * playbooks acting on what happens), then administration.
 * A group is shown only once a screen in it exists and the user may open it.
 */
public enum NavArea {
    WORKSPACE, CUSTOM, ACTIVITY, CONTENT, MONEY, MANAGE, TOOL, AUTOMATION, ADMINISTRATION, PLATFORM;

    public String titleKey() {
        return "nav.area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

package app.communityops.members;

/**
 * One reason behind a health score, shown with its numbers (i18n key {@code health.factor.<NAME>} with the
 * placeholders {0} = value and {1} = of): "silent 18 days", "attended 0 of the last 4 activities".
 */
public enum HealthFactorKind {
    /** Days since the member was last active (value). */
    SILENT_DAYS,
    /** Days with any engagement in the last 30 (value of 30). */
    ACTIVE_DAYS,
    /** Kinds of engagement used in the last 30 days: messages, replies, reactions, content... (value of of). */
    ENGAGEMENT_KINDS,
    /** Activities attended among the community's last ones held since the member joined (value of of). */
    ATTENDED,
    /** Content items viewed or reacted to in the last 30 days (value). */
    CONTENT_INTERACTIONS,
    /** Paid orders in the last 90 days (value). */
    PURCHASES,
    /** Warnings received (value). */
    WARNINGS,
    /** Red lines crossed (value). */
    RED_LINES,
    /** Days since joining, while the member counts as new (value). */
    JOINED_DAYS_AGO;

    public String labelKey() {
        return "health.factor." + name();
    }
}

package app.communityops.content;

/** The first level of a content item's category: the seed's two kinds of content. */
public enum ContentKind {
    /** 制度内容: values, rules, rewards, elimination notices. */
    INSTITUTIONAL,
    /** 价值内容: deep dives, expert series, practical tips, tools and thinking models. */
    VALUE;

    /** The calendar's category key for entries of this kind. */
    public String calendarCategory() {
        return "content." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

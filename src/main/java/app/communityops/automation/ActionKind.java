package app.communityops.automation;

/**
 * What a rule does. Member actions ({@link #aboutMember()}) need a trigger about a member. What {@link RuleAction}
 * carries: the tag for {@link #ADD_TAG}/{@link #REMOVE_TAG}; the reason for {@link #WARN} and
 * {@link #MARK_ELIMINATION_CANDIDATE}; the title and the hours until due for {@link #CREATE_TASK}; the message for
 * {@link #NOTIFY}; nothing more for {@link #SEND_WEBHOOK}, which sends the {@code rule.fired} event to the endpoints
 * that subscribe to it.
 */
public enum ActionKind {
    ADD_TAG(true),
    REMOVE_TAG(true),
    WARN(true),
    MARK_ELIMINATION_CANDIDATE(true),
    CREATE_TASK(false),
    /** Tells the community's operators, in the console and by email as each one's notification settings say. */
    NOTIFY(false),
    SEND_WEBHOOK(false);

    private final boolean member;

    ActionKind(boolean member) {
        this.member = member;
    }

    public boolean aboutMember() {
        return member;
    }
}

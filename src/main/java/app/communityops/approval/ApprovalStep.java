package app.communityops.approval;

/** Who may approve one step of a request. */
public enum ApprovalStep {
    /** The operators assigned to the community. */
    OPERATORS,
    /** The tenant's administrators. */
    TENANT_ADMINS,
    /** The users of the client the community belongs to. */
    CLIENT_USERS
}

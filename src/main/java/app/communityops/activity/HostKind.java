package app.communityops.activity;

/** Who hosts: one of the agency's staff, a member of the community, or a guest named in free text. */
public enum HostKind {
    STAFF, MEMBER, TEXT
}

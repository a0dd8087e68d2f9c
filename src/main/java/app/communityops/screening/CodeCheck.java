package app.communityops.screening;

/** The state of the invitation code an application brought, as the redemption found it. */
public enum CodeCheck {
    NONE, VALID, UNKNOWN, EXPIRED, EXHAUSTED, OTHER_COMMUNITY
}

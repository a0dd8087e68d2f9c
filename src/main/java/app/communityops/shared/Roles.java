package app.communityops.shared;

/**
 * The four kinds of user, and scheduled work, as Spring Security authorities (without the {@code ROLE_} prefix).
 */
public final class Roles {

    /** Runs the SaaS: tenants and their plans. Sees no tenant's business data. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** Manages the tenant's staff, clients and all of its communities. */
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    /** Works on the communities assigned to them. */
    public static final String OPERATOR = "OPERATOR";
    /** A client user: reads its own client's communities. */
    public static final String CLIENT = "CLIENT";
    /** Scheduled work of a tenant (monthly reports, reminders), signed in as no person. */
    public static final String SCHEDULED_JOB = "SCHEDULED_JOB";
    /** Added to a request signed by an API key, beside the role of the key's creator. */
    public static final String API = "API";
    /**
     * Someone applying through a community's public join page: no account, one community, and only the calls that
     * file an application (docs/decisions/0051-the-way-in.md). Never held by a person who signs in.
     */
    public static final String PUBLIC_APPLICANT = "PUBLIC_APPLICANT";

    private Roles() {
    }
}

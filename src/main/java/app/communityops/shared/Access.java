package app.communityops.shared;

/**
 * Who may call a service method, named once. Every {@code @PreAuthorize} in the application uses one of these, so
 * a rule added here (a second factor, a narrower role) reaches every service, and a reader sees the intent
 * ("staff", "readers") rather than a SpEL string. Per-community and per-field scope is decided inside the services.
 */
public final class Access {

    /** The platform's own administrators: tenants and plans, never a tenant's business data. */
    public static final String PLATFORM_ADMIN = "hasRole('" + Roles.PLATFORM_ADMIN + "')";
    /** A tenant's administrators: everything of their tenant. */
    public static final String TENANT_ADMIN = "hasRole('" + Roles.TENANT_ADMIN + "')";
    /** The agency's staff: tenant admins and operators (operators narrowed to their communities by the service). */
    public static final String STAFF = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')";
    /** Everyone who reads a tenant's communities: staff and client users (narrowed to their client's). */
    public static final String READERS = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '"
            + Roles.CLIENT + "')";
    /** Scheduled work of a tenant, signed in as no person. */
    public static final String JOB = "hasRole('" + Roles.SCHEDULED_JOB + "')";
    public static final String STAFF_OR_JOB = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '"
            + Roles.SCHEDULED_JOB + "')";
    public static final String READERS_OR_JOB = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR
            + "', '" + Roles.CLIENT + "', '" + Roles.SCHEDULED_JOB + "')";
    public static final String TENANT_ADMIN_OR_JOB = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.SCHEDULED_JOB + "')";
    /**
     * Staff, or the public applicant of a join page on the few calls that file an application: the applicant's
     * authentication reaches one community only ({@link PublicApplicant}), so the same services scope it to that.
     */
    public static final String STAFF_OR_APPLICANT = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR
            + "', '" + Roles.PUBLIC_APPLICANT + "')";
    /** As {@link #STAFF_OR_JOB}, and the public applicant for the one community it applies to. */
    public static final String STAFF_JOB_OR_APPLICANT = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.OPERATOR + "', '" + Roles.SCHEDULED_JOB + "', '" + Roles.PUBLIC_APPLICANT + "')";
    /** As {@link #READERS}, and the public applicant for the one community it applies to. */
    public static final String READERS_OR_APPLICANT = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR
            + "', '" + Roles.CLIENT + "', '" + Roles.PUBLIC_APPLICANT + "')";
    /** As {@link #READERS_OR_JOB}, and the public applicant for the one community it applies to. */
    public static final String READERS_JOB_OR_APPLICANT = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.OPERATOR + "', '" + Roles.CLIENT + "', '" + Roles.SCHEDULED_JOB + "', '" + Roles.PUBLIC_APPLICANT
            + "')";
    /** A person signed in to a tenant (not a platform admin). */
    public static final String TENANT_USER = "isAuthenticated() and !hasRole('" + Roles.PLATFORM_ADMIN + "')";
    /** A client user reading its own client's record, or staff. */
    public static final String STAFF_OR_OWN_CLIENT = STAFF + " or (hasRole('" + Roles.CLIENT
            + "') and #id == principal.principal().clientId())";
    /** A tenant admin in the console, not through an API key (keys never manage keys). */
    public static final String TENANT_ADMIN_IN_CONSOLE = TENANT_ADMIN + " and !hasRole('" + Roles.API + "')";
    /**
     * Past the password, whether or not the second factor is given yet: the sign-in's code and enrolment steps.
     * Not {@code hasAuthority}: that, like every role rule, also demands the second factor (SignInFactors).
     */
    public static final String PASSWORD_CHECKED = "T(app.communityops.shared.SignInFactors).has(authentication, '"
            + SignInFactors.PASSWORD + "')";
    /** Any signed-in user. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** No user needed: the method decides itself (a secret feed token) or reads platform-level facts. */
    public static final String ANYONE = "permitAll()";

    private Access() {
    }
}

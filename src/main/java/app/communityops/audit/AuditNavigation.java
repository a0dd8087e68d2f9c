package app.communityops.audit;

/** The way in to the tenant's audit log. */
public final class AuditNavigation {

    public static final String LOG_ROUTE = "audit";

    private AuditNavigation() {
    }
}

package app.communityops.clients;

/** The way in to the tenant's clients. */
public final class ClientsNavigation {

    public static final String LIST_ROUTE = "clients";

    private ClientsNavigation() {
    }
}

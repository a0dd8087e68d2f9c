package app.communityops.notification;

/** The way in to the signed-in user's notifications (the bell in the navbar links here). */
public final class NotificationNavigation {

    public static final String LIST_ROUTE = "notifications";
    /** The signed-in user's choice of delivery per topic (reached from the notifications page and the account). */
    public static final String SETTINGS_ROUTE = "notifications/settings";
    /** The tenant's outgoing mail, for its admins. */
    public static final String OUTBOX_ROUTE = "outbox";
    /** The public page a message's unsubscribe link opens. */
    public static final String UNSUBSCRIBE_ROUTE = "unsubscribe/:token";

    private NotificationNavigation() {
    }
}

package app.communityops.notification;

/** The way in to the signed-in user's notifications (the bell in the navbar links here). */
public final class NotificationNavigation {

    public static final String LIST_ROUTE = "notifications";

    private NotificationNavigation() {
    }
}

package app.communityops.notification;

/** How a user receives the notices of one topic. Every notice appears in the console whatever is chosen. */
public enum Delivery {
    /** In the console only: no mail. */
    CONSOLE,
    /** In the console, and by email at once. */
    EMAIL,
    /** In the console, and in one email a day that collects them. */
    DIGEST
}

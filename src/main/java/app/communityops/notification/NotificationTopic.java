package app.communityops.notification;

/**
 * The kinds of message a user can choose a delivery for (in the console only, also by email at once, or in a daily
 * digest) and unsubscribe from by email in one click. Every notice and every mail names one.
 */
public enum NotificationTopic {
    /** A community's KPI turned red. */
    KPI_ALERTS,
    /** A tool's subscription is due for renewal. */
    RENEWALS,
    /** Applications wait in a community's review queue. */
    APPLICATIONS,
    /** Something waits for the reader's approval, or an approval the reader asked for was decided. */
    APPROVALS,
    /** An operations report was sent, acknowledged or answered. */
    REPORTS,
    /** An automation rule's notify action, or a rule's run that kept failing. */
    AUTOMATION,
    /** A webhook endpoint stopped taking deliveries: one failed for good (tenant admins only). */
    WEBHOOKS,
    /** A community's group QR code expires tomorrow, or none is left to hand out to the approved. */
    GROUP_CODES
}

package app.communityops.notification;

import app.communityops.shared.Roles;

/**
 * The delivery of a topic for a user who has not chosen one (docs/decisions/0039-mail-outbox.md): what needs
 * someone's action today is mailed at once; the waiting-applications count and the group codes' warnings reach
 * tenant admins in the digest, since operators act on them; client users get mail only for what is addressed to
 * them (approvals and reports); automation rules' notices stay in the console unless the user chooses mail, as a
 * rule may fire many times a day.
 */
public final class NotificationDefaults {

    private NotificationDefaults() {
    }

    public static Delivery of(String role, NotificationTopic topic) {
        if (Roles.CLIENT.equals(role)) {
            return topic == NotificationTopic.APPROVALS || topic == NotificationTopic.REPORTS ? Delivery.EMAIL
                    : Delivery.CONSOLE;
        }
        if (Roles.TENANT_ADMIN.equals(role)
                && (topic == NotificationTopic.APPLICATIONS || topic == NotificationTopic.GROUP_CODES)) {
            return Delivery.DIGEST;
        }
        if (topic == NotificationTopic.AUTOMATION) {
            // A rule may fire for every join or order: the console unless a person asks for mail.
            return Delivery.CONSOLE;
        }
        return Delivery.EMAIL;
    }
}

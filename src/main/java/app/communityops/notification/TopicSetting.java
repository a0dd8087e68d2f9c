package app.communityops.notification;

/** A user's delivery for one topic, and whether it is their role's default (they never chose). */
public record TopicSetting(NotificationTopic topic, Delivery delivery, boolean byDefault) {
}

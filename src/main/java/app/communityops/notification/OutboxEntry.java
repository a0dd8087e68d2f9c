package app.communityops.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as its screen lists it. {@code lastError} is the server's answer, or an i18n key
 * ({@code mail.error.*}) for a reason of the product's own; {@code recipientEmail} is null when it had none;
 * {@code digest} marks a daily digest, which collects several topics ({@code topic} is its first item's).
 */
public record OutboxEntry(UUID id, MailStatus status, @Nullable String recipientName, @Nullable String recipientEmail,
                          NotificationTopic topic, String subject, Instant queuedAt, @Nullable Instant sentAt,
                          int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError, boolean digest,
                          long version) {
}

package app.communityops.notification;

import java.util.List;

/**
 * One message as it would go out: its entry, both bodies, the names of its attachments, and the logo its HTML shows
 * inline (a data URI, empty without a logo). The unsubscribe token is masked: an admin reading the outbox must not
 * unsubscribe the recipient by following the link.
 */
public record OutboxMessage(OutboxEntry entry, String html, String text, List<String> attachments, String logoDataUri) {
}

package app.communityops.notification;

import app.communityops.shared.MessageKey;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message to one user of the tenant, written in their language when it is queued. Texts are i18n keys with their
 * arguments ({@link Text}), so a feature never builds a sentence itself.
 *
 * @param recipientId the user it goes to; their address and language are looked up when it is queued
 * @param topic       what kind of message it is: the recipient's preference decides whether it is mailed, and its
 *                    one-click unsubscribe turns this topic off
 * @param subject     the subject line
 * @param paragraphs  the body, one paragraph each
 * @param reason      why the recipient gets it ("you are the operator of ..."), printed at the foot
 * @param link        the route in the console the message is about (without a leading slash), if any
 * @param attachments files sent with it, such as a report's PDF
 */
public record OutgoingMail(UUID recipientId, NotificationTopic topic, Text subject, List<Text> paragraphs, Text reason,
                           @Nullable String link, List<Attachment> attachments) {

    public OutgoingMail {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }

    /** An i18n key and its arguments; an argument that is a {@link MessageKey} is translated too. */
    public record Text(String key, List<Object> arguments) {

        public Text {
            arguments = List.copyOf(arguments);
        }

        public static Text of(String key, Object... arguments) {
            return new Text(key, List.of(arguments));
        }
    }

    /** A file sent with the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}

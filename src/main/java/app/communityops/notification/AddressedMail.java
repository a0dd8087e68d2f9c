package app.communityops.notification;

import java.util.List;
import java.util.Locale;

/**
 * A message to an address rather than to a user of the console: someone applying on a join page who asked for a
 * code. It is written in the language they used, has no unsubscribe (it goes once, because they asked) and no link
 * into the console.
 *
 * @param email      where it goes
 * @param locale     the language it is written in
 * @param topic      the kind of message, as the outbox screen groups it
 * @param subject    the subject line
 * @param paragraphs the body, one paragraph each
 * @param reason     why the recipient gets it, printed at the foot
 */
public record AddressedMail(String email, Locale locale, NotificationTopic topic, OutgoingMail.Text subject,
                            List<OutgoingMail.Text> paragraphs, OutgoingMail.Text reason) {

    public AddressedMail {
        paragraphs = List.copyOf(paragraphs);
    }
}

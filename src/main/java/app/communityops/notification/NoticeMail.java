package app.communityops.notification;

import app.communityops.shared.MessageKey;
import java.util.List;
import java.util.UUID;

/** A notice as a message: its sentence is the subject and the heading, its link the button, its topic the reason. */
final class NoticeMail {

    private NoticeMail() {
    }

    static OutgoingMail of(UUID recipient, String role, Notice notice) {
        OutgoingMail.Text sentence = new OutgoingMail.Text(notice.kind(), List.copyOf(notice.arguments()));
        return new OutgoingMail(recipient, notice.topic(), sentence, List.of(), reason(role, notice.topic()),
                notice.link(), List.of());
    }

    /** "You receive this as a tenant admin, because your email settings send KPI alerts by email." */
    static OutgoingMail.Text reason(String role, NotificationTopic topic) {
        return OutgoingMail.Text.of("mail.reason", new MessageKey("mail.role." + role),
                new MessageKey(MailRenderer.topicKey(topic)));
    }
}

package app.communityops.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the configured server with Spring's mail support and says how it went: accepted, refused
 * for now (no connection, a 4xx answer: try again later) or refused for good (a 5xx answer, an address the server
 * cannot take). The Message-ID is derived from the outbox id, so a message sent twice after a crash is recognisably
 * the same message.
 */
@Component
class SmtpTransport {

    /** How a try ended; {@code answer} is what the server (or the connection) said. */
    record Outcome(Kind kind, String answer) {

        enum Kind {
            SENT, TRANSIENT, PERMANENT
        }

        static Outcome sent() {
            return new Outcome(Kind.SENT, "");
        }
    }

    private final MailSettings settings;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
    }

    Outcome send(MailSettings.Smtp server, OutboxQueries.Sendable mail, List<OutgoingMail.Attachment> attachments,
                 MailBranding.Brand brand) {
        JavaMailSenderImpl sender = sender(server);
        try {
            MimeMessage message = message(sender, mail, attachments, brand);
            sender.send(message);
            return Outcome.sent();
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            return classify(e);
        }
    }

    String messageId(OutboxQueries.Sendable mail) {
        return "<" + mail.id() + "@" + settings.messageIdDomain() + ">";
    }

    private MimeMessage message(JavaMailSenderImpl sender, OutboxQueries.Sendable mail,
                                List<OutgoingMail.Attachment> attachments, MailBranding.Brand brand)
            throws MessagingException, UnsupportedEncodingException {
        if (mail.email() == null) {
            throw new AddressException("no address");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        String fromName = settings.fromName().isEmpty() ? brand.name() : settings.fromName();
        helper.setFrom(new InternetAddress(settings.fromAddress(), fromName, "UTF-8"));
        helper.setTo(mail.name() == null ? new InternetAddress(mail.email(), true)
                : new InternetAddress(mail.email(), mail.name(), "UTF-8"));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        byte[] logo = brand.logo();
        String logoType = brand.logoType();
        if (logo != null && logoType != null && mail.html().contains("cid:" + MailRenderer.LOGO_CID)) {
            helper.addInline(MailRenderer.LOGO_CID, new ByteArrayResource(logo), logoType);
        }
        for (OutgoingMail.Attachment attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        message.setHeader("Message-ID", messageId(mail));
        String token = mail.unsubscribeToken();
        if (token != null) {
            // RFC 8058: a mail client's one-click unsubscribe POSTs "List-Unsubscribe=One-Click" to this address.
            message.setHeader("List-Unsubscribe", "<" + settings.absolute(MailRenderer.ONE_CLICK_PATH + token) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static JavaMailSenderImpl sender(MailSettings.Smtp server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        if (!server.username().isEmpty()) {
            sender.setUsername(server.username());
            sender.setPassword(server.password());
            properties.put("mail.smtp.auth", "true");
        }
        switch (server.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> {
                sender.setProtocol("smtps");
                properties.put("mail.smtps.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** The first SMTP answer code found anywhere in the failure decides; without one, it is a connection problem. */
    static Outcome classify(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            int code = code(next);
            if (code >= 500) {
                return new Outcome(Outcome.Kind.PERMANENT, answer(next));
            }
            if (code >= 400) {
                return new Outcome(Outcome.Kind.TRANSIENT, answer(next));
            }
            if (next instanceof AddressException) {
                return new Outcome(Outcome.Kind.PERMANENT, answer(next));
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(List.of(send.getMessageExceptions()));
            }
        }
        return new Outcome(Outcome.Kind.TRANSIENT, describe(failure));
    }

    private static int code(Throwable failure) {
        return switch (failure) {
            case SMTPAddressFailedException address -> address.getReturnCode();
            case SMTPSenderFailedException sender -> sender.getReturnCode();
            case SMTPSendFailedException send -> send.getReturnCode();
            default -> -1;
        };
    }

    private static String answer(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message.strip();
    }

    /** The outermost message and the root cause's, e.g. "Couldn't connect to host ...: Connection refused". */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = root.getCause(); cause != null && cause != root; cause = root.getCause()) {
            root = cause;
        }
        String outer = answer(failure);
        return root == failure ? outer : outer + ": " + answer(root);
    }
}

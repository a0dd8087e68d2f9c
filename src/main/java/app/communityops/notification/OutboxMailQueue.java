package app.communityops.notification;

import app.communityops.shared.Access;
import app.communityops.shared.Uuids;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: renders a message in its recipient's language and writes it, with its attachments, in the caller's
 * transaction, so it exists exactly when what caused it was committed. {@link MailSender} sends it later.
 * A recipient who turned the topic to "console only" gets no message; one without a usable address gets a message
 * marked {@link MailStatus#NOT_SENDABLE}, so the outbox shows it was not forgotten.
 */
@Service
public class OutboxMailQueue implements MailOutbox {

    static final String NO_RECIPIENT = "mail.error.noRecipient";
    static final String NO_ADDRESS = "mail.error.noAddress";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxQueries queries;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final ObjectProvider<MailBranding> branding;
    private final BrandingFallback fallback;
    private final Clock clock;

    OutboxMailQueue(OutboxQueries queries, MailRenderer renderer, MailSettings settings,
                    ObjectProvider<MailBranding> branding, BrandingFallback fallback, Clock clock) {
        this.queries = queries;
        this.renderer = renderer;
        this.settings = settings;
        this.branding = branding;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Access.READERS_OR_JOB)
    public boolean queue(OutgoingMail mail) {
        Optional<OutboxQueries.Recipient> found = queries.recipient(mail.recipientId(), mail.topic());
        if (found.isPresent() && delivery(found.get(), mail.topic()) == Delivery.CONSOLE) {
            return false;
        }
        write(mail, found.orElse(null), false);
        return true;
    }

    /**
     * Queues a message to someone who is not a user, in the caller's transaction; an address no server could
     * deliver to is kept as {@link MailStatus#NOT_SENDABLE}, as for a user.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public void queue(AddressedMail mail) {
        MailBranding.Brand brand = brand();
        Locale locale = FeatureBundlesI18NProvider.supported(mail.locale());
        boolean deliverable = deliverable(mail.email());
        MailStatus status = !deliverable ? MailStatus.NOT_SENDABLE
                : settings.smtp() == null ? MailStatus.HELD : MailStatus.QUEUED;
        MailRenderer.Rendered rendered = renderer.render(mail, locale, brand);
        queries.insert(new OutboxQueries.NewMail(Uuids.v7(), null, mail.email(), null, locale.toLanguageTag(),
                mail.topic(), rendered.subject(), rendered.html(), rendered.text(), null, null, false, status,
                deliverable ? null : NO_ADDRESS, clock.instant()));
    }

    /** Writes the message whatever the recipient's choice: a notice they chose to get by email. */
    void queueRegardless(OutgoingMail mail) {
        write(mail, queries.recipient(mail.recipientId(), mail.topic()).orElse(null), false);
    }

    /** Writes a daily digest; its unsubscribe turns off every topic the recipient collects in the digest. */
    void queueDigest(OutgoingMail mail) {
        write(mail, queries.recipient(mail.recipientId(), mail.topic()).orElse(null), true);
    }

    static Delivery delivery(OutboxQueries.Recipient recipient, NotificationTopic topic) {
        return recipient.delivery() != null ? recipient.delivery() : NotificationDefaults.of(recipient.role(), topic);
    }

    private void write(OutgoingMail mail, OutboxQueries.@Nullable Recipient recipient, boolean digest) {
        MailBranding.Brand brand = brand();
        Locale locale = recipient != null && recipient.locale() != null
                ? FeatureBundlesI18NProvider.supported(Locale.forLanguageTag(recipient.locale()))
                : FeatureBundlesI18NProvider.supported(Locale.forLanguageTag(brand.language()));
        MailStatus status = settings.smtp() == null ? MailStatus.HELD : MailStatus.QUEUED;
        String error = null;
        if (recipient == null || !recipient.enabled()) {
            status = MailStatus.NOT_SENDABLE;
            error = NO_RECIPIENT;
        } else if (!deliverable(recipient.email())) {
            status = MailStatus.NOT_SENDABLE;
            error = NO_ADDRESS;
        }
        String token = status == MailStatus.NOT_SENDABLE ? null : newToken();
        MailRenderer.Rendered rendered = renderer.render(mail, locale, brand, token, digest);
        UUID id = Uuids.v7();
        queries.insert(new OutboxQueries.NewMail(id, recipient == null ? null : recipient.id(),
                recipient == null ? null : recipient.email(), recipient == null ? null : recipient.displayName(),
                locale.toLanguageTag(), mail.topic(), rendered.subject(), rendered.html(), rendered.text(),
                mail.link(), token, digest, status, error, clock.instant()));
        List<OutgoingMail.Attachment> attachments = mail.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            queries.insertAttachment(id, i, attachments.get(i));
        }
    }

    MailBranding.Brand brand() {
        MailBranding spi = branding.getIfAvailable();
        return spi != null ? spi.current() : fallback.current();
    }

    /** An address a server could deliver to: one mailbox, with a domain. */
    static boolean deliverable(@Nullable String email) {
        if (email == null || email.isBlank() || email.indexOf('@') <= 0 || email.endsWith("@")) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package app.communityops.notification;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's outgoing mail for its admins: every message with its fate, each readable as it would go out, and a
 * failed one sent again. Without a mail server this is where a demo shows what would have been sent.
 */
@Service
@PreAuthorize(Access.TENANT_ADMIN)
public class OutboxService {

    public static final int LIST_LIMIT = 500;

    private final OutboxQueries queries;
    private final OutboxMailQueue outbox;
    private final MailSettings settings;
    private final Clock clock;

    OutboxService(OutboxQueries queries, OutboxMailQueue outbox, MailSettings settings, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** The newest {@value #LIST_LIMIT} messages of the status, or of all statuses when it is null. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(@Nullable MailStatus status) {
        return queries.entries(status, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Map<MailStatus, Integer> counts() {
        return queries.counts();
    }

    /** Whether a mail server is configured; without one, messages are held. */
    @Transactional(readOnly = true)
    public boolean serverConfigured() {
        return settings.smtp() != null;
    }

    @Transactional(readOnly = true)
    public OutboxMessage open(UUID id) {
        OutboxMessage message = queries.message(id).orElseThrow(NotFoundException::new);
        MailBranding.Brand brand = outbox.brand();
        byte[] logo = brand.logo();
        String logoUri = logo == null || brand.logoType() == null ? ""
                : "data:" + brand.logoType() + ";base64," + Base64.getEncoder().encodeToString(logo);
        return new OutboxMessage(message.entry(), message.html(), message.text(), queries.attachmentNames(id),
                logoUri);
    }

    /** Queues a failed message again, now; held instead while no server is configured. */
    @Transactional
    public void retry(UUID id, long expectedVersion) {
        OutboxMessage message = queries.message(id).orElseThrow(NotFoundException::new);
        if (message.entry().status() != MailStatus.FAILED) {
            throw new ConcurrentEditException();
        }
        MailStatus status = settings.smtp() == null ? MailStatus.HELD : MailStatus.QUEUED;
        if (queries.retry(id, expectedVersion, status, clock.instant()) == 0) {
            throw new ConcurrentEditException();
        }
    }
}

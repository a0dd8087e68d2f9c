package app.communityops.notification;

import app.communityops.shared.scheduling.TenantJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, tenant by tenant, in the order it was queued (docs/decisions/0039-mail-outbox.md).
 * Each batch is claimed in a short transaction (the head of the queue, {@code for update skip locked}, marked
 * SENDING), sent outside any transaction, and each outcome recorded in a transaction of its own. A transient failure
 * (no connection, a 4xx answer) puts the message back with an exponential back-off and stops the tenant's batch, so
 * no later message overtakes it; the rest of the batch goes back untouched. A permanent rejection fails the message
 * with the server's answer and the queue moves on.
 */
@Component
class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    static final int BATCH = 50;
    /** A claim older than this was abandoned by a sender that stopped; the message is queued again. */
    static final Duration ABANDONED = Duration.ofMinutes(10);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** A message that could not be sent for this long fails, with the last answer. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

    private final TenantJobs jobs;
    private final OutboxQueries queries;
    private final OutboxMailQueue outbox;
    private final SmtpTransport transport;
    private final MailSettings settings;
    private final Clock clock;
    private final String node;

    MailSender(TenantJobs jobs, OutboxQueries queries, OutboxMailQueue outbox, SmtpTransport transport,
               MailSettings settings, Clock clock,
               @Value("${communityops.scheduler.node-name:}") String node) {
        this.jobs = jobs;
        this.queries = queries;
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.node = node.isBlank() ? "node" : node.strip();
    }

    /** One run for every active tenant; answers how many messages were sent. */
    int sendAll() {
        List<UUID> tenants = new ArrayList<>();
        jobs.forEachActiveTenant(MailJobs.SEND, tenants::add);
        int sent = 0;
        for (UUID tenant : tenants) {
            try {
                sent += sendFor(tenant, clock.instant());
            } catch (RuntimeException failure) {
                log.error("Sending the mail of tenant {} failed", tenant, failure);
            }
        }
        return sent;
    }

    /** One run for one tenant as of {@code now}; answers how many messages the server accepted. */
    int sendFor(UUID tenant, Instant now) {
        MailSettings.Smtp server = settings.smtp();
        List<OutboxQueries.Sendable> claimed = Objects.requireNonNull(jobs.inTenant(tenant, () -> claim(server, now)));
        if (server == null || claimed.isEmpty()) {
            return 0;
        }
        MailBranding.Brand brand = jobs.inTenant(tenant, outbox::brand);
        int sent = 0;
        for (int i = 0; i < claimed.size(); i++) {
            OutboxQueries.Sendable mail = claimed.get(i);
            List<OutgoingMail.Attachment> attachments = jobs.inTenant(tenant, () -> queries.attachments(mail.id()));
            SmtpTransport.Outcome outcome = transport.send(server, mail, attachments, brand);
            int attempts = mail.attempts() + 1;
            switch (outcome.kind()) {
                case SENT -> {
                    jobs.inTenant(tenant, () -> {
                        queries.markSent(mail.id(), attempts, clock.instant());
                        return null;
                    });
                    sent++;
                }
                case PERMANENT -> jobs.inTenant(tenant, () -> {
                    queries.markFailed(mail.id(), attempts, MailStatus.FAILED, outcome.answer());
                    return null;
                });
                case TRANSIENT -> {
                    List<UUID> untried = claimed.subList(i + 1, claimed.size()).stream()
                            .map(OutboxQueries.Sendable::id).toList();
                    jobs.inTenant(tenant, () -> {
                        if (Duration.between(mail.queuedAt(), now).compareTo(GIVE_UP_AFTER) >= 0) {
                            queries.markFailed(mail.id(), attempts, MailStatus.FAILED, outcome.answer());
                        } else {
                            queries.markRetry(mail.id(), attempts, now.plus(backOff(attempts)), outcome.answer());
                        }
                        queries.release(untried);
                        return null;
                    });
                    log.warn("Mail server refused for now ({}); {} message(s) of tenant {} wait", outcome.answer(),
                            untried.size() + 1, tenant);
                    return sent;
                }
            }
        }
        return sent;
    }

    /**
     * Without a server, everything waiting is held; with one, what was held is queued again. Then the head of the
     * queue up to the first message still in its back-off is claimed.
     */
    private List<OutboxQueries.Sendable> claim(MailSettings.@Nullable Smtp server,
                                               Instant now) {
        if (server == null) {
            queries.holdQueued();
            return List.of();
        }
        queries.releaseHeld(now);
        queries.requeueAbandoned(now.minus(ABANDONED));
        List<UUID> due = new ArrayList<>();
        for (OutboxQueries.Head head : queries.lockHead(BATCH, now)) {
            if (!head.due()) {
                break;
            }
            due.add(head.id());
        }
        if (due.isEmpty()) {
            return List.of();
        }
        queries.markSending(due, now, node);
        return queries.sendable(due);
    }

    /** 1, 2, 4, 8 ... minutes after each failed try, never more than an hour. */
    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}

package app.communityops.notification;

import app.communityops.shared.Access;
import app.communityops.shared.MessageKey;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: once a day, from {@value #HOUR}:00 in the tenant's zone, each user whose settings collect one or
 * more topics in a digest gets one message listing those topics' notices since their last digest (nothing when there
 * were none). The hourly job may run any number of times: a user's digest of the day is made once.
 */
@Service
public class DailyDigest {

    static final int HOUR = 8;
    /** How far back a user's first digest looks. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final DigestQueries queries;
    private final OutboxMailQueue outbox;
    private final TenantDirectory tenants;
    private final Clock clock;

    DailyDigest(DigestQueries queries, OutboxMailQueue outbox, TenantDirectory tenants, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Answers how many digests were queued. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int run() {
        return runAt(clock.instant());
    }

    int runAt(Instant now) {
        ZoneId zone = tenants.zone(TenantContext.current().orElseThrow());
        ZonedDateTime local = now.atZone(zone);
        if (local.getHour() < HOUR) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        int queued = 0;
        for (DigestQueries.Reader reader : queries.readers()) {
            if (reader.lastDigest() != null && !reader.lastDigest().atZone(zone).toLocalDate().isBefore(today)) {
                continue;
            }
            Set<NotificationTopic> topics = EnumSet.noneOf(NotificationTopic.class);
            for (NotificationTopic topic : NotificationTopic.values()) {
                Delivery delivery = reader.chosen().getOrDefault(topic, NotificationDefaults.of(reader.role(), topic));
                if (delivery == Delivery.DIGEST) {
                    topics.add(topic);
                }
            }
            if (topics.isEmpty()) {
                continue;
            }
            Instant since = reader.lastDigest() != null ? reader.lastDigest() : now.minus(FIRST_LOOK_BACK);
            List<DigestQueries.Item> items = queries.items(reader.id(), topics, since, now);
            queries.digestMade(reader.id(), now);
            if (!items.isEmpty()) {
                outbox.queueDigest(mail(reader, items));
                queued++;
            }
        }
        return queued;
    }

    private static OutgoingMail mail(DigestQueries.Reader reader, List<DigestQueries.Item> items) {
        List<OutgoingMail.Text> paragraphs = new ArrayList<>();
        paragraphs.add(OutgoingMail.Text.of("mail.digest.intro", items.size()));
        for (DigestQueries.Item item : items) {
            paragraphs.add(new OutgoingMail.Text(item.kind(), List.copyOf(item.arguments())));
        }
        return new OutgoingMail(reader.id(), items.getFirst().topic(),
                OutgoingMail.Text.of("mail.digest.subject", items.size()), paragraphs,
                OutgoingMail.Text.of("mail.reason.digest", new MessageKey("mail.role." + reader.role())),
                NotificationNavigation.LIST_ROUTE, List.of());
    }
}

package app.communityops.notification;

import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each signed-in user's delivery per topic (console only, email at once, daily digest), and the one-click
 * unsubscribe from a message, which needs no sign-in: its token names the recipient and the topic.
 */
@Service
public class NotificationSettingsService {

    /** What a client user is ever sent; staff get every topic. */
    static final Set<NotificationTopic> CLIENT_TOPICS = EnumSet.of(NotificationTopic.APPROVALS,
            NotificationTopic.REPORTS);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What an unsubscribe did, in the language of the message it came from. */
    public record Unsubscribed(Locale locale, List<NotificationTopic> topics) {
    }

    private final PreferenceQueries queries;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    NotificationSettingsService(PreferenceQueries queries, Clock clock, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The signed-in user's topics, in the order of {@link NotificationTopic}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<TopicSetting> mine() {
        String role = CurrentUser.require().role();
        Map<NotificationTopic, Delivery> chosen = queries.chosen(CurrentUser.require().userId());
        List<TopicSetting> settings = new ArrayList<>();
        for (NotificationTopic topic : topics(role)) {
            Delivery delivery = chosen.get(topic);
            settings.add(delivery == null ? new TopicSetting(topic, NotificationDefaults.of(role, topic), true)
                    : new TopicSetting(topic, delivery, false));
        }
        return settings;
    }

    @Transactional
    @PreAuthorize(Access.READERS)
    public void choose(NotificationTopic topic, Delivery delivery) {
        if (!topics(CurrentUser.require().role()).contains(topic)) {
            throw new IllegalArgumentException("Not a topic of this user: " + topic);
        }
        queries.choose(CurrentUser.require().userId(), topic, delivery, clock.instant());
    }

    /**
     * Turns the message's topic (a digest: every topic it collects) to "console only" for its recipient. Answers
     * empty for any token that names nothing, whatever the reason, so a guesser learns nothing.
     */
    @PreAuthorize(Access.ANYONE)
    public Optional<Unsubscribed> unsubscribe(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<PreferenceQueries.Unsubscribe> found = ownTransaction.execute(status -> queries.byToken(token));
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        PreferenceQueries.Unsubscribe target = found.get();
        List<NotificationTopic> turnedOff = TenantContext.callAs(target.tenantId(), () -> ownTransaction.execute(
                status -> turnOff(target)));
        return Optional.of(new Unsubscribed(Locale.forLanguageTag(target.locale()),
                turnedOff == null ? List.of() : turnedOff));
    }

    private List<NotificationTopic> turnOff(PreferenceQueries.Unsubscribe target) {
        UUID user = target.userId();
        List<NotificationTopic> topics = new ArrayList<>();
        if (target.digest()) {
            String role = queries.role(user);
            Map<NotificationTopic, Delivery> chosen = queries.chosen(user);
            for (NotificationTopic topic : topics(role)) {
                if (chosen.getOrDefault(topic, NotificationDefaults.of(role, topic)) == Delivery.DIGEST) {
                    topics.add(topic);
                }
            }
        } else {
            topics.add(target.topic());
        }
        topics.forEach(topic -> queries.choose(user, topic, Delivery.CONSOLE, clock.instant()));
        return topics;
    }

    static Set<NotificationTopic> topics(String role) {
        if (Roles.OPERATOR.equals(role)) {
            // Webhook failures reach tenant admins only, who manage the endpoints.
            return EnumSet.complementOf(EnumSet.of(NotificationTopic.WEBHOOKS));
        }
        return Roles.CLIENT.equals(role) ? CLIENT_TOPICS : EnumSet.allOf(NotificationTopic.class);
    }
}

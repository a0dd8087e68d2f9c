package app.communityops.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements of the delivery preferences and of the unsubscribe lookup (decision 0033). */
@Component
class PreferenceQueries {

    /** What an unsubscribe token names: a message's recipient and topic, in its tenant. */
    record Unsubscribe(UUID tenantId, UUID mailId, UUID userId, NotificationTopic topic, boolean digest,
                       String locale) {
    }

    private final JdbcClient jdbc;

    PreferenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<NotificationTopic, Delivery> chosen(UUID userId) {
        Map<NotificationTopic, Delivery> chosen = new EnumMap<>(NotificationTopic.class);
        jdbc.sql("select topic, delivery from notification_preference where user_id = :user")
                .param("user", userId)
                .query((rs, row) -> Map.entry(NotificationTopic.valueOf(rs.getString(1)),
                        Delivery.valueOf(rs.getString(2))))
                .list()
                .forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
        return chosen;
    }

    void choose(UUID userId, NotificationTopic topic, Delivery delivery, Instant now) {
        jdbc.sql("""
                        insert into notification_preference (tenant_id, user_id, topic, delivery, updated_at, version)
                        values (current_tenant_id(), :user, :topic, :delivery, :now, 0)
                        on conflict (tenant_id, user_id, topic) do update
                        set delivery = excluded.delivery, updated_at = excluded.updated_at,
                            version = notification_preference.version + 1""")
                .param("user", userId)
                .param("topic", topic.name())
                .param("delivery", delivery.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * The message a token belongs to, before any tenant is known: the token is named in a transaction-local setting
     * that the {@code mail_unsubscribe_lookup} policy compares, so this reads that one row or none.
     */
    Optional<Unsubscribe> byToken(String token) {
        jdbc.sql("select set_config('app.unsubscribe_token', :token, true)").param("token", token)
                .query(String.class).single();
        return jdbc.sql("""
                        select tenant_id, id, recipient_id, topic, digest, locale from mail_outbox
                        where unsubscribe_token = :token and recipient_id is not null""")
                .param("token", token)
                .query((rs, row) -> new Unsubscribe(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), NotificationTopic.valueOf(rs.getString(4)), rs.getBoolean(5),
                        rs.getString(6)))
                .optional();
    }

    String role(UUID userId) {
        return jdbc.sql("select role from user_account where id = :user").param("user", userId)
                .query(String.class).single();
    }
}

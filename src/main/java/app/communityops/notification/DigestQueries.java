package app.communityops.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements of the daily digest (decision 0033), in the caller's transaction and tenant. */
@Component
class DigestQueries {

    /** An enabled user with the topics they chose a delivery for, and when their last digest was made. */
    record Reader(UUID id, String role, Map<NotificationTopic, Delivery> chosen, @Nullable Instant lastDigest) {
    }

    /** A notice to list in a digest. */
    record Item(String kind, List<String> arguments, NotificationTopic topic, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    DigestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Reader> readers() {
        return jdbc.sql("""
                        select u.id, u.role, d.last_sent_at,
                               coalesce(string_agg(p.topic || '=' || p.delivery, ',' order by p.topic), '') as chosen
                        from user_account u
                        left join notification_digest d on d.tenant_id = u.tenant_id and d.user_id = u.id
                        left join notification_preference p on p.tenant_id = u.tenant_id and p.user_id = u.id
                        where u.enabled
                        group by u.id, u.role, d.last_sent_at order by u.id""")
                .query((rs, row) -> {
                    Timestamp last = rs.getTimestamp(3);
                    return new Reader(rs.getObject(1, UUID.class), rs.getString(2), chosen(rs.getString(4)),
                            last == null ? null : last.toInstant());
                })
                .list();
    }

    List<Item> items(UUID userId, Collection<NotificationTopic> topics, Instant after, Instant upTo) {
        return jdbc.sql("""
                        select kind, arguments, topic, created_at from notification
                        where recipient_id = :user and topic in (:topics) and created_at > :after
                          and created_at <= :upTo
                        order by created_at, id""")
                .param("user", userId)
                .param("topics", topics.stream().map(Enum::name).toList())
                .param("after", Timestamp.from(after))
                .param("upTo", Timestamp.from(upTo))
                .query((rs, row) -> new Item(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()),
                        NotificationTopic.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
                .list();
    }

    void digestMade(UUID userId, Instant at) {
        jdbc.sql("""
                        insert into notification_digest (tenant_id, user_id, last_sent_at)
                        values (current_tenant_id(), :user, :at)
                        on conflict (tenant_id, user_id) do update set last_sent_at = excluded.last_sent_at""")
                .param("user", userId)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Map<NotificationTopic, Delivery> chosen(String pairs) {
        if (pairs.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(pairs.split(",")).map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> NotificationTopic.valueOf(pair[0]), pair -> Delivery.valueOf(pair[1])));
    }
}

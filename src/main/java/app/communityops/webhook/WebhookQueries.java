package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import app.communityops.shared.NotNull;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of the webhook tables (decision 0033). They run in the caller's transaction, inside its tenant, and
 * hold no access rules: the service, the listener and the sender decide who may do what.
 */
@Component
class WebhookQueries {

    /** An endpoint to write; {@code secret} is already encrypted. */
    record NewEndpoint(UUID id, String name, String url, Set<AutomationEventType> eventTypes,
                       Collection<UUID> communityIds, boolean enabled, String secret, @Nullable UUID createdBy,
                       Instant now) {
    }

    /** A delivery to write. */
    record NewDelivery(UUID id, UUID endpointId, UUID eventId, String eventType, @Nullable UUID communityId,
                       String payload, boolean manual, @Nullable UUID replayOf, Instant now) {
    }

    /** A claimed delivery as the sender needs it. */
    record Sendable(UUID id, UUID endpointId, String url, String secret, UUID eventId, String eventType,
                    String payload, int attempts, boolean manual) {
    }

    /** A delivery with what its dialog shows beyond the log row. */
    record Stored(WebhookDeliverySummary summary, String url, String payload, @Nullable String answerExcerpt) {
    }

    /** The outcome of one attempt. */
    record Attempt(int attempts, Instant at, @Nullable Integer status, @Nullable String error,
                   @Nullable String answerExcerpt, int durationMs) {
    }

    static final int ERROR_LENGTH = 500;
    static final int EXCERPT_LENGTH = 2000;

    private final JdbcClient jdbc;

    WebhookQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEndpoint(NewEndpoint endpoint) {
        jdbc.sql("""
                        insert into webhook_endpoint (tenant_id, id, name, url, event_types, community_ids, enabled,
                                                      secret, secret_rotated_at, created_by, created_at, updated_at,
                                                      version)
                        values (current_tenant_id(), :id, :name, :url, cast(:types as varchar[]),
                                cast(:communities as uuid[]), :enabled, :secret, :now, :createdBy, :now, :now, 0)""")
                .param("id", endpoint.id())
                .param("name", endpoint.name())
                .param("url", endpoint.url())
                .param("types", array(endpoint.eventTypes().stream().map(Enum::name).sorted().toList()))
                .param("communities", array(endpoint.communityIds()))
                .param("enabled", endpoint.enabled())
                .param("secret", endpoint.secret())
                .param("createdBy", endpoint.createdBy())
                .param("now", Timestamp.from(endpoint.now()))
                .update();
    }

    int updateEndpoint(UUID id, long version, String name, String url, Set<AutomationEventType> eventTypes,
                       Collection<UUID> communityIds, boolean enabled, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoint set name = :name, url = :url, event_types = cast(:types as varchar[]),
                                                    community_ids = cast(:communities as uuid[]), enabled = :enabled,
                                                    updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", version)
                .param("name", name)
                .param("url", url)
                .param("types", array(eventTypes.stream().map(Enum::name).sorted().toList()))
                .param("communities", array(communityIds))
                .param("enabled", enabled)
                .param("now", Timestamp.from(now))
                .update();
    }

    int setEnabled(UUID id, long version, boolean enabled, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoint set enabled = :enabled, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", version)
                .param("enabled", enabled)
                .param("now", Timestamp.from(now))
                .update();
    }

    int rotateSecret(UUID id, long version, String secret, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoint set secret = :secret, secret_rotated_at = :now, updated_at = :now,
                                                    version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", version)
                .param("secret", secret)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The endpoint and, by the foreign key, its whole delivery log. */
    int deleteEndpoint(UUID id, long version) {
        return jdbc.sql("delete from webhook_endpoint where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .update();
    }

    boolean nameTaken(String name, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from webhook_endpoint
                                       where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except))""")
                .param("name", name)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    private static final String ENDPOINT_SELECT = """
            select e.id, e.name, e.url, e.event_types, e.community_ids, e.enabled, e.secret_rotated_at, e.created_at,
                   e.updated_at, e.version,
                   (select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'PENDING')
                       as pending,
                   (select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'FAILED')
                       as failed,
                   (select max(d.delivered_at) from webhook_delivery d where d.endpoint_id = e.id) as last_delivered
            from webhook_endpoint e
            """;

    List<WebhookEndpointSummary> endpoints() {
        return jdbc.sql(ENDPOINT_SELECT + " order by lower(e.name), e.id")
                .query((rs, row) -> endpoint(rs))
                .list();
    }

    Optional<WebhookEndpointSummary> endpoint(UUID id) {
        return jdbc.sql(ENDPOINT_SELECT + " where e.id = :id")
                .param("id", id)
                .query((rs, row) -> endpoint(rs))
                .optional();
    }

    /** The encrypted secret of an endpoint. */
    Optional<String> secret(UUID id) {
        return jdbc.sql("select secret from webhook_endpoint where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /**
     * The enabled endpoints subscribed to the type: every one not limited to communities, and those limited to the
     * event's community. An event without a community reaches only endpoints that are not limited.
     */
    List<UUID> subscribers(AutomationEventType type, @Nullable UUID communityId) {
        return NotNull.column(jdbc.sql("""
                        select id from webhook_endpoint
                        where enabled and :type = any(event_types)
                          and (cardinality(community_ids) = 0 or cast(:community as uuid) = any(community_ids))
                        order by id""")
                .param("type", type.name())
                .param("community", communityId)
                .query(UUID.class)
                .list());
    }

    /** Answers 0 when the endpoint already has this event (not for manual deliveries, which always go in). */
    int insertDelivery(NewDelivery delivery) {
        return jdbc.sql("""
                        insert into webhook_delivery (tenant_id, id, endpoint_id, event_id, event_type, community_id,
                                                      payload, manual, replay_of, status, attempts, next_attempt_at,
                                                      created_at, version)
                        values (current_tenant_id(), :id, :endpoint, :event, :type, :community, :payload, :manual,
                                :replayOf, 'PENDING', 0, :now, :now, 0)
                        on conflict (tenant_id, endpoint_id, event_id) where not manual do nothing""")
                .param("id", delivery.id())
                .param("endpoint", delivery.endpointId())
                .param("event", delivery.eventId())
                .param("type", delivery.eventType())
                .param("community", delivery.communityId())
                .param("payload", delivery.payload())
                .param("manual", delivery.manual())
                .param("replayOf", delivery.replayOf())
                .param("now", Timestamp.from(delivery.now()))
                .update();
    }

    /**
     * The due deliveries of enabled endpoints (and manual ones of any endpoint), oldest due first, locked; rows
     * another sender holds are skipped.
     */
    List<UUID> lockDue(Instant now, int limit) {
        return NotNull.column(jdbc.sql("""
                        select d.id from webhook_delivery d
                        join webhook_endpoint e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
                        where d.status = 'PENDING' and d.next_attempt_at <= :now and (e.enabled or d.manual)
                        order by d.next_attempt_at, d.id limit :limit
                        for update of d skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list());
    }

    /** Claims the rows until {@code until}: if the sender stops, they are due again then. */
    void lease(Collection<UUID> ids, Instant until, String node) {
        jdbc.sql("""
                        update webhook_delivery set next_attempt_at = :until, claimed_by = :node, version = version + 1
                        where id in (:ids)""")
                .param("ids", ids)
                .param("until", Timestamp.from(until))
                .param("node", node)
                .update();
    }

    List<Sendable> sendable(Collection<UUID> ids) {
        return jdbc.sql("""
                        select d.id, d.endpoint_id, e.url, e.secret, d.event_id, d.event_type, d.payload, d.attempts, d.manual
                        from webhook_delivery d
                        join webhook_endpoint e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
                        where d.id in (:ids) order by d.next_attempt_at, d.id""")
                .param("ids", ids)
                .query((rs, row) -> new Sendable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getBoolean(9)))
                .list();
    }

    /**
     * Records an attempt: {@code status} is the delivery's new status, {@code next} when it is tried again. Only
     * if no one recorded this attempt already ({@code attempts} is the count before it).
     */
    int recordAttempt(UUID id, int attemptsBefore, DeliveryStatus status, Attempt attempt, @Nullable Instant next) {
        return jdbc.sql("""
                        update webhook_delivery set status = :status, attempts = :attempts,
                                                    next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at),
                                                    last_attempt_at = :at, last_status = :httpStatus,
                                                    last_error = :error, answer_excerpt = :excerpt,
                                                    duration_ms = :duration,
                                                    delivered_at = case when :status = 'DELIVERED' then :at
                                                                        else delivered_at end,
                                                    claimed_by = null, version = version + 1
                        where id = :id and status = 'PENDING' and attempts = :before""")
                .param("id", id)
                .param("before", attemptsBefore)
                .param("status", status.name())
                .param("attempts", attempt.attempts())
                .param("next", next == null ? null : Timestamp.from(next))
                .param("at", Timestamp.from(attempt.at()))
                .param("httpStatus", attempt.status())
                .param("error", clip(attempt.error(), ERROR_LENGTH))
                .param("excerpt", clip(attempt.answerExcerpt(), EXCERPT_LENGTH))
                .param("duration", attempt.durationMs())
                .update();
    }

    private static final String DELIVERY_COLUMNS = """
            d.id, d.endpoint_id, d.event_id, d.event_type, d.status, d.manual, d.replay_of, d.attempts,
            d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.duration_ms, d.created_at,
            d.delivered_at, d.version""";

    /** An endpoint's deliveries, newest first, of one status or all. */
    List<WebhookDeliverySummary> deliveries(UUID endpointId, @Nullable DeliveryStatus status, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + """
                         from webhook_delivery d
                        where d.endpoint_id = :endpoint and (cast(:status as varchar) is null or d.status = :status)
                        order by d.created_at desc, d.id desc limit :limit""")
                .param("endpoint", endpointId)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query((rs, row) -> delivery(rs))
                .list();
    }

    Map<DeliveryStatus, Integer> counts(UUID endpointId) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        jdbc.sql("select status, count(*) from webhook_delivery where endpoint_id = :endpoint group by status")
                .param("endpoint", endpointId)
                .query((rs, row) -> Map.entry(DeliveryStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    Optional<Stored> delivery(UUID id) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + """
                        , e.url, d.payload, d.answer_excerpt, d.community_id
                        from webhook_delivery d
                        join webhook_endpoint e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
                        where d.id = :id""")
                .param("id", id)
                .query((rs, row) -> new Stored(delivery(rs), rs.getString("url"), rs.getString("payload"),
                        rs.getString("answer_excerpt")))
                .optional();
    }

    /** The community the delivery's event was about, for a replay's copy. */
    Optional<UUID> deliveryCommunity(UUID id) {
        return jdbc.sql("select community_id from webhook_delivery where id = :id and community_id is not null")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** Marks the endpoint's failure as told; answers false if the admins were told already and nothing since. */
    boolean markFailureNotified(UUID endpointId, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoint set failure_notified_at = :now
                        where id = :id and failure_notified_at is null""")
                .param("id", endpointId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    void clearFailureNotice(UUID endpointId) {
        jdbc.sql("""
                        update webhook_endpoint set failure_notified_at = null
                        where id = :id and failure_notified_at is not null""")
                .param("id", endpointId)
                .update();
    }

    Optional<String> endpointName(UUID endpointId) {
        return jdbc.sql("select name from webhook_endpoint where id = :id")
                .param("id", endpointId)
                .query(String.class)
                .optional();
    }

    private static WebhookEndpointSummary endpoint(ResultSet rs) throws SQLException {
        Set<AutomationEventType> types = EnumSet.noneOf(AutomationEventType.class);
        for (String name : strings(rs.getArray("event_types"))) {
            try {
                types.add(AutomationEventType.valueOf(name));
            } catch (IllegalArgumentException retired) {
                // A type no longer published: the endpoint keeps its other subscriptions.
            }
        }
        List<UUID> communities = new ArrayList<>();
        Array array = rs.getArray("community_ids");
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                communities.add((UUID) id);
            }
        }
        Timestamp lastDelivered = rs.getTimestamp("last_delivered");
        return new WebhookEndpointSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
                types, communities, rs.getBoolean("enabled"), rs.getTimestamp("secret_rotated_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"), rs.getInt("pending"), rs.getInt("failed"),
                lastDelivered == null ? null : lastDelivered.toInstant());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    private static WebhookDeliverySummary delivery(ResultSet rs) throws SQLException {
        DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp last = rs.getTimestamp("last_attempt_at");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        int lastStatus = rs.getInt("last_status");
        Integer httpStatus = rs.wasNull() ? null : lastStatus;
        int duration = rs.getInt("duration_ms");
        Integer durationMs = rs.wasNull() ? null : duration;
        return new WebhookDeliverySummary(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("event_type"), status, rs.getBoolean("manual"),
                rs.getObject("replay_of", UUID.class), rs.getInt("attempts"),
                status == DeliveryStatus.PENDING && next != null ? next.toInstant() : null,
                last == null ? null : last.toInstant(), httpStatus, rs.getString("last_error"), durationMs,
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant(),
                rs.getLong("version"));
    }

    /** A PostgreSQL array literal of values that need no quoting (enum names, ids). */
    private static String array(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static @Nullable String clip(@Nullable String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }
}

package app.communityops.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of the mail outbox (decision 0033). They run in the caller's transaction, inside its tenant, and
 * hold no access rules: the outbox, the sender and the outbox screen's service check access first.
 */
@Component
class OutboxQueries {

    /** A recipient as the outbox needs them: where to, in which language, and their choice for the topic. */
    record Recipient(UUID id, String email, String displayName, @Nullable String locale, String role, boolean enabled,
                     @Nullable Delivery delivery) {
    }

    /** A message to write. */
    record NewMail(UUID id, @Nullable UUID recipientId, @Nullable String email, @Nullable String name, String locale,
                   NotificationTopic topic, String subject, String html, String text, @Nullable String link,
                   @Nullable String unsubscribeToken, boolean digest, MailStatus status, @Nullable String lastError,
                   Instant now) {
    }

    /** A message as the sender reads it. */
    record Sendable(UUID id, long seq, @Nullable String email, @Nullable String name, String locale,
                    NotificationTopic topic, String subject, String html, String text, @Nullable String unsubscribeToken,
                    int attempts, Instant queuedAt) {
    }

    /** The head of the queue: what the sender may claim, and whether its back-off is over. */
    record Head(UUID id, boolean due) {
    }

    private final JdbcClient jdbc;

    OutboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recipient> recipient(UUID userId, NotificationTopic topic) {
        return jdbc.sql("""
                        select u.id, u.email, u.display_name, u.locale, u.role, u.enabled, p.delivery
                        from user_account u
                        left join notification_preference p
                               on p.tenant_id = u.tenant_id and p.user_id = u.id and p.topic = :topic
                        where u.id = :user""")
                .param("user", userId)
                .param("topic", topic.name())
                .query((rs, row) -> recipient(rs))
                .optional();
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        String delivery = rs.getString(7);
        return new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), delivery == null ? null : Delivery.valueOf(delivery));
    }

    /** The recipients among {@code userIds}, each with their choice for the topic, if they made one. */
    Map<UUID, Recipient> recipients(Collection<UUID> userIds, NotificationTopic topic) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Recipient> found = new HashMap<>();
        jdbc.sql("""
                        select u.id, u.email, u.display_name, u.locale, u.role, u.enabled, p.delivery
                        from user_account u
                        left join notification_preference p
                               on p.tenant_id = u.tenant_id and p.user_id = u.id and p.topic = :topic
                        where u.id in (:users)""")
                .param("users", userIds)
                .param("topic", topic.name())
                .query((rs, row) -> recipient(rs))
                .list()
                .forEach(recipient -> found.put(recipient.id(), recipient));
        return found;
    }

    void insert(NewMail mail) {
        jdbc.sql("""
                        insert into mail_outbox (tenant_id, id, seq, recipient_id, recipient_email, recipient_name,
                                                 locale, topic, subject, body_html, body_text, link, unsubscribe_token,
                                                 digest, status, attempts, next_attempt_at, last_error, queued_at,
                                                 version)
                        values (current_tenant_id(), :id,
                                (select coalesce(max(seq), 0) + 1 from mail_outbox where tenant_id = current_tenant_id()),
                                :recipient, :email, :name, :locale, :topic, :subject, :html, :text, :link, :unsubscribe,
                                :digest, :status, 0, :now, :error, :now, 0)""")
                .param("id", mail.id())
                .param("recipient", mail.recipientId())
                .param("email", mail.email())
                .param("name", mail.name())
                .param("locale", mail.locale())
                .param("topic", mail.topic().name())
                .param("subject", mail.subject())
                .param("html", mail.html())
                .param("text", mail.text())
                .param("link", mail.link())
                .param("unsubscribe", mail.unsubscribeToken())
                .param("digest", mail.digest())
                .param("status", mail.status().name())
                .param("error", mail.lastError())
                .param("now", Timestamp.from(mail.now()))
                .update();
    }

    void insertAttachment(UUID mailId, int position, OutgoingMail.Attachment attachment) {
        jdbc.sql("""
                        insert into mail_outbox_attachment (tenant_id, mail_id, position, file_name, content_type, content)
                        values (current_tenant_id(), :mail, :position, :name, :type, :content)""")
                .param("mail", mailId)
                .param("position", position)
                .param("name", attachment.fileName())
                .param("type", attachment.contentType())
                .param("content", attachment.content())
                .update();
    }

    List<OutgoingMail.Attachment> attachments(UUID mailId) {
        return jdbc.sql("""
                        select file_name, content_type, content from mail_outbox_attachment
                        where mail_id = :mail order by position""")
                .param("mail", mailId)
                .query((rs, row) -> new OutgoingMail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** With no server configured: what waits is held. */
    int holdQueued() {
        return jdbc.sql("update mail_outbox set status = 'HELD', version = version + 1 where status = 'QUEUED'")
                .update();
    }

    /** A server is configured: what was held goes out, in the order it was queued, from now. */
    int releaseHeld(Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'QUEUED', next_attempt_at = :now, version = version + 1
                        where status = 'HELD'""")
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Messages whose sender claimed them before {@code before} and never recorded the outcome (it stopped): queued
     * again. A server may have accepted such a message already; decision 0039 says why sending it again is the lesser
     * evil.
     */
    int requeueAbandoned(Instant before) {
        return jdbc.sql("""
                        update mail_outbox set status = 'QUEUED', claimed_at = null, claimed_by = null,
                                               version = version + 1
                        where status = 'SENDING' and claimed_at < :before""")
                .param("before", Timestamp.from(before))
                .update();
    }

    /** The oldest queued messages, locked; rows another sender holds are skipped. */
    List<Head> lockHead(int limit, Instant now) {
        return jdbc.sql("""
                        select id, next_attempt_at <= :now from mail_outbox where status = 'QUEUED'
                        order by seq, id limit :limit for update skip locked""")
                .param("limit", limit)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Head(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
    }

    void markSending(Collection<UUID> ids, Instant now, String node) {
        jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claimed_at = :now, claimed_by = :node,
                                               version = version + 1
                        where id in (:ids)""")
                .param("ids", ids)
                .param("now", Timestamp.from(now))
                .param("node", node)
                .update();
    }

    List<Sendable> sendable(Collection<UUID> ids) {
        return jdbc.sql("""
                        select id, seq, recipient_email, recipient_name, locale, topic, subject, body_html, body_text,
                               unsubscribe_token, attempts, queued_at
                        from mail_outbox where id in (:ids) order by seq, id""")
                .param("ids", ids)
                .query((rs, row) -> sendable(rs))
                .list();
    }

    void markSent(UUID id, int attempts, Instant now) {
        jdbc.sql("""
                        update mail_outbox set status = 'SENT', attempts = :attempts, sent_at = :now, claimed_at = null,
                                               last_error = null, version = version + 1
                        where id = :id and status = 'SENDING'""")
                .param("id", id)
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .update();
    }

    void markRetry(UUID id, int attempts, Instant next, String error) {
        jdbc.sql("""
                        update mail_outbox set status = 'QUEUED', attempts = :attempts, next_attempt_at = :next,
                                               claimed_at = null, last_error = :error, version = version + 1
                        where id = :id and status = 'SENDING'""")
                .param("id", id)
                .param("attempts", attempts)
                .param("next", Timestamp.from(next))
                .param("error", clip(error))
                .update();
    }

    void markFailed(UUID id, int attempts, MailStatus status, String error) {
        jdbc.sql("""
                        update mail_outbox set status = :status, attempts = :attempts, claimed_at = null,
                                               last_error = :error, version = version + 1
                        where id = :id and status = 'SENDING'""")
                .param("id", id)
                .param("status", status.name())
                .param("attempts", attempts)
                .param("error", clip(error))
                .update();
    }

    /** Claimed but not tried (the server went away before their turn): back in the queue as they were. */
    void release(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update mail_outbox set status = 'QUEUED', claimed_at = null, claimed_by = null,
                                               version = version + 1
                        where id in (:ids) and status = 'SENDING'""")
                .param("ids", ids)
                .update();
    }

    private static final String ENTRY_COLUMNS = """
            id, status, recipient_name, recipient_email, topic, subject, queued_at, sent_at, attempts,
            next_attempt_at, last_error, digest, version""";

    /** The newest messages first, of one status or all. */
    List<OutboxEntry> entries(@Nullable MailStatus status, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                         from mail_outbox where (cast(:status as varchar) is null or status = :status)
                        order by seq desc, id desc limit :limit""")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    Map<MailStatus, Integer> counts() {
        Map<MailStatus, Integer> counts = new EnumMap<>(MailStatus.class);
        jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query((rs, row) -> Map.entry(MailStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    Optional<OutboxMessage> message(UUID id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + ", body_html, body_text, unsubscribe_token from mail_outbox "
                        + "where id = :id")
                .param("id", id)
                .query((rs, row) -> {
                    String token = rs.getString("unsubscribe_token");
                    String html = rs.getString("body_html");
                    String text = rs.getString("body_text");
                    if (token != null) {
                        html = html.replace(token, "…");
                        text = text.replace(token, "…");
                    }
                    return new OutboxMessage(entry(rs), html, text, List.of(), "");
                })
                .optional();
    }

    List<String> attachmentNames(UUID mailId) {
        return jdbc.sql("select file_name from mail_outbox_attachment where mail_id = :mail order by position")
                .param("mail", mailId)
                .query((rs, row) -> rs.getString(1))
                .list();
    }

    /** A failed message back to the head of its turn: queued now, with its attempts counted afresh. */
    int retry(UUID id, long version, MailStatus status, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = :status, attempts = 0, next_attempt_at = :now, last_error = null,
                                               claimed_at = null, claimed_by = null, version = version + 1
                        where id = :id and version = :version and status = 'FAILED'""")
                .param("id", id)
                .param("version", version)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Timestamp next = rs.getTimestamp("next_attempt_at");
        MailStatus status = MailStatus.valueOf(rs.getString("status"));
        return new OutboxEntry(rs.getObject("id", UUID.class), status, rs.getString("recipient_name"),
                rs.getString("recipient_email"), NotificationTopic.valueOf(rs.getString("topic")),
                rs.getString("subject"), rs.getTimestamp("queued_at").toInstant(),
                sent == null ? null : sent.toInstant(), rs.getInt("attempts"),
                status == MailStatus.QUEUED && next != null ? next.toInstant() : null, rs.getString("last_error"),
                rs.getBoolean("digest"), rs.getLong("version"));
    }

    private static Sendable sendable(ResultSet rs) throws SQLException {
        return new Sendable(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("recipient_email"),
                rs.getString("recipient_name"), rs.getString("locale"),
                NotificationTopic.valueOf(rs.getString("topic")), rs.getString("subject"), rs.getString("body_html"),
                rs.getString("body_text"), rs.getString("unsubscribe_token"),
                rs.getInt("attempts"), rs.getTimestamp("queued_at").toInstant());
    }

    static String clip(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }

    static List<UUID> ids(List<Head> heads) {
        List<UUID> ids = new ArrayList<>();
        heads.forEach(head -> ids.add(head.id()));
        return ids;
    }
}

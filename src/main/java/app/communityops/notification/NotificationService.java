package app.communityops.notification;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.Uuids;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes notifications and lets each user read and clear their own. What a user does may tell others (a client's
 * approval tells the operator who asked for it), so every signed-in tenant user and the scheduled jobs publish, in
 * the transaction of what caused the notice, to users of their own tenant only; every user reads only what was
 * addressed to them: another user's notification is "not found".
 *
 * <p>Recipients are looked up in SQL ({@code user_account}, {@code community_operator}) rather than through the
 * account and community services, because jobs publish without a signed-in user and those services answer for
 * one. Row-level security keeps the lookup inside the tenant.
 */
@Service
public class NotificationService {
    static final int PAGE_LIMIT = 200;

    private final JdbcTemplate jdbc;
    private final CommunityService communities;
    private final OutboxQueries outboxQueries;
    private final OutboxMailQueue outbox;
    private final Clock clock;

    NotificationService(JdbcTemplate jdbc, CommunityService communities, OutboxQueries outboxQueries,
                        OutboxMailQueue outbox, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.outboxQueries = outboxQueries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** To one user of the tenant; answers how many were published (0 if the user is unknown or disabled). */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public int publishToUser(UUID recipientId, Notice notice) {
        return insert(enabled(List.of(recipientId)), notice, true);
    }

    /**
     * To one user, in the console only: for a notice whose message the publisher mails itself through the
     * {@link MailOutbox} (a sent report with its PDF), so the recipient does not get the news by email twice.
     */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public int publishToUserInConsole(UUID recipientId, Notice notice) {
        return insert(enabled(List.of(recipientId)), notice, false);
    }

    /** To the tenant admins and the given further users, each once. */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public int publishToTenantAdminsAnd(Collection<UUID> otherRecipients, Notice notice) {
        Set<UUID> recipients = new LinkedHashSet<>(jdbc.queryForList(
                "select id from user_account where enabled and role = ? order by id", UUID.class, Roles.TENANT_ADMIN));
        recipients.addAll(enabled(otherRecipients));
        return insert(recipients, notice, true);
    }

    /**
     * To a community's operators and the tenant admins. A signed-in publisher must be able to see the community
     * (a client user tells the agency about its own communities only); a job publishes for the whole tenant.
     */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public int publishToCommunityStaff(UUID communityId, Notice notice) {
        boolean person = CurrentUser.get().filter(user -> !Roles.SCHEDULED_JOB.equals(user.role())).isPresent();
        if (person && communities.find(communityId).isEmpty()) {
            throw new NotFoundException();
        }
        List<UUID> operators = NotNull.column(
                jdbc.queryForList("select user_id from community_operator where community_id = ?",
                        UUID.class, communityId));
        return publishToTenantAdminsAnd(operators, notice);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public int unreadCount() {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null", Integer.class, me());
        return count == null ? 0 : count;
    }

    /** The signed-in user's notifications, newest first (the latest {@value #PAGE_LIMIT}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<NotificationItem> list() {
        return jdbc.query("""
                select id, kind, arguments, link, created_at, read_at from notification
                where recipient_id = ? order by created_at desc, id desc limit ?""",
                (rs, row) -> item(rs), me(), PAGE_LIMIT);
    }

    @Transactional
    @PreAuthorize(Access.READERS)
    public void markRead(UUID id) {
        Integer mine = jdbc.queryForObject("select count(*) from notification where id = ? and recipient_id = ?",
                Integer.class, id, me());
        if (mine == null || mine == 0) {
            throw new NotFoundException();
        }
        jdbc.update("update notification set read_at = ?, version = version + 1 where id = ? and read_at is null",
                now(), id);
    }

    /** Answers how many were unread. */
    @Transactional
    @PreAuthorize(Access.READERS)
    public int markAllRead() {
        return jdbc.update("""
                update notification set read_at = ?, version = version + 1
                where recipient_id = ? and read_at is null""", now(), me());
    }

    private List<UUID> enabled(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return NotNull.column(
                jdbc.queryForList("select id from user_account where enabled and id = any(?) order by id", UUID.class,
                        (Object) userIds.toArray(UUID[]::new)));
    }

    private int insert(Collection<UUID> recipients, Notice notice, boolean mailByPreference) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = now();
        String[] arguments = notice.arguments().toArray(String[]::new);
        for (UUID recipient : recipients) {
            rows.add(new Object[] {Uuids.v7(), recipient, notice.kind(), arguments, notice.link(), now,
                notice.topic().name()});
        }
        jdbc.batchUpdate("""
                insert into notification (tenant_id, id, recipient_id, kind, arguments, link, created_at, version, topic)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0, ?)""", rows);
        if (mailByPreference) {
            mail(recipients, notice);
        }
        return rows.size();
    }

    /**
     * Each recipient's choice for the notice's topic: "by email" queues the notice as a message now, in the same
     * transaction; "daily digest" leaves it to {@link DailyDigest}, which collects it from the notifications.
     */
    private void mail(Collection<UUID> recipients, Notice notice) {
        Map<UUID, OutboxQueries.Recipient> found = outboxQueries.recipients(recipients, notice.topic());
        for (UUID recipient : recipients) {
            OutboxQueries.Recipient who = found.get(recipient);
            if (who != null && OutboxMailQueue.delivery(who, notice.topic()) == Delivery.EMAIL) {
                outbox.queueRegardless(NoticeMail.of(recipient, who.role(), notice));
            }
        }
    }

    private static UUID me() {
        return CurrentUser.require().userId();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static NotificationItem item(ResultSet rs) throws SQLException {
        Array arguments = rs.getArray("arguments");
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationItem(rs.getObject("id", UUID.class), rs.getString("kind"),
                List.of((String[]) arguments.getArray()), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}

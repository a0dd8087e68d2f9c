package app.communityops.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of delivered reports: versions, their commentary, recipients and thread, the schedules and the
 * tenant's delivery settings (decision 0033). They run in the caller's transaction and hold no access rules:
 * {@link ReportDeliveryService} checks access first.
 */
@Component
class ReportDeliveryQueries {

    /** A version as stored; {@code openedByMe} answers for the user passed as {@code :me}. */
    record Row(UUID id, UUID communityId, ReportPeriod period, int versionNo, DeliveryState state,
               @Nullable UUID snapshotId, @Nullable UUID submittedBy, Instant createdAt, @Nullable Instant sentAt,
               @Nullable Instant acknowledgedAt, @Nullable Instant supersededAt, int recipients, int mailed,
               boolean openedByMe, long version) {

        boolean current() {
            return supersededAt == null;
        }
    }

    private static final String COLUMNS = """
            d.id, d.community_id, d.period_code, d.version_no, d.state, d.snapshot_id, d.submitted_by, d.created_at,
            d.sent_at, d.acknowledged_at, d.superseded_at, d.recipients, d.mailed, d.version,
            exists (select 1 from report_recipient r
                    where r.delivery_id = d.id and r.user_id = cast(:me as uuid) and r.opened_at is not null) as opened_by_me""";

    private final JdbcClient jdbc;

    ReportDeliveryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id, @Nullable UUID me) {
        return jdbc.sql("select " + COLUMNS + " from report_delivery d where d.id = :id")
                .param("id", id).param("me", me).query(ReportDeliveryQueries::row).optional();
    }

    /** Versions of the given communities, newest period and version first; {@code deliveredOnly} for clients. */
    List<Row> list(Collection<UUID> communities, boolean deliveredOnly, @Nullable UUID me, int limit) {
        if (communities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from report_delivery d
                        where d.community_id = any(:communities)
                          and (not :deliveredOnly or d.state in ('SENT', 'ACKNOWLEDGED'))
                        order by d.period_from desc, d.period_kind, d.version_no desc
                        limit :limit""")
                .param("communities", communities.toArray(UUID[]::new)).param("deliveredOnly", deliveredOnly)
                .param("me", me).param("limit", limit).query(ReportDeliveryQueries::row).list();
    }

    /** The newest version of a community's period, if any. */
    Optional<Row> latest(UUID communityId, String periodCode) {
        return jdbc.sql("select " + COLUMNS + """
                         from report_delivery d where d.community_id = :community and d.period_code = :period
                        order by d.version_no desc limit 1""")
                .param("community", communityId).param("period", periodCode).param("me", (Object) null)
                .query(ReportDeliveryQueries::row).optional();
    }

    void insert(UUID id, UUID communityId, ReportPeriod period, int versionNo, String origin, @Nullable UUID createdBy,
                Instant now) {
        jdbc.sql("""
                        insert into report_delivery (tenant_id, id, community_id, period_kind, period_code, period_from,
                                                     period_to, version_no, state, origin, created_by, created_at, version)
                        values (current_tenant_id(), :id, :community, :kind, :code, :from, :to, :versionNo, 'DRAFT',
                                :origin, :createdBy, :now, 0)""")
                .param("id", id).param("community", communityId).param("kind", period.kind().name())
                .param("code", period.code()).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("versionNo", versionNo).param("origin", origin)
                .param("createdBy", createdBy).param("now", Timestamp.from(now)).update();
    }

    /** Moves a version between the editable states; answers false when it changed since it was read. */
    boolean moveEditable(UUID id, long expectedVersion, DeliveryState to, @Nullable UUID by, Instant now) {
        return jdbc.sql("""
                        update report_delivery
                           set state = :to, submitted_by = case when :to = 'REVIEW' then cast(:by as uuid) end,
                               submitted_at = case when :to = 'REVIEW' then cast(:now as timestamptz) end,
                               version = version + 1
                         where id = :id and version = :expected and state in ('DRAFT', 'REVIEW')""")
                .param("to", to.name()).param("by", by).param("now", Timestamp.from(now)).param("id", id)
                .param("expected", expectedVersion).update() == 1;
    }

    boolean markSent(UUID id, long expectedVersion, UUID snapshotId, @Nullable UUID by, Instant now, int recipients,
                     int mailed) {
        return jdbc.sql("""
                        update report_delivery
                           set state = 'SENT', snapshot_id = :snapshot, sent_by = :by, sent_at = :now,
                               recipients = :recipients, mailed = :mailed, version = version + 1
                         where id = :id and version = :expected and state in ('DRAFT', 'REVIEW')""")
                .param("snapshot", snapshotId).param("by", by).param("now", Timestamp.from(now))
                .param("recipients", recipients).param("mailed", mailed).param("id", id)
                .param("expected", expectedVersion).update() == 1;
    }

    /** Marks every earlier delivered version of the period superseded by the one just sent. */
    int supersedeBefore(UUID communityId, String periodCode, int versionNo, Instant now) {
        return jdbc.sql("""
                        update report_delivery set superseded_at = :now, version = version + 1
                         where community_id = :community and period_code = :period and version_no < :versionNo
                           and state in ('SENT', 'ACKNOWLEDGED') and superseded_at is null""")
                .param("now", Timestamp.from(now)).param("community", communityId).param("period", periodCode)
                .param("versionNo", versionNo).update();
    }

    /** Answers false when it was acknowledged already (by this or another of the client's users). */
    boolean acknowledge(UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                        update report_delivery
                           set state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :now,
                               version = version + 1
                         where id = :id and state = 'SENT'""")
                .param("by", by).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    List<SectionCommentary> commentary(UUID deliveryId) {
        return jdbc.sql("""
                        select section_key, highlights, problems, plan from report_commentary
                         where delivery_id = :delivery order by section_key""")
                .param("delivery", deliveryId)
                .query((rs, n) -> new SectionCommentary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    void saveCommentary(UUID deliveryId, SectionCommentary commentary, UUID by, Instant now) {
        if (commentary.isBlank()) {
            jdbc.sql("delete from report_commentary where delivery_id = :delivery and section_key = :section")
                    .param("delivery", deliveryId).param("section", commentary.sectionKey()).update();
            return;
        }
        jdbc.sql("""
                        insert into report_commentary (tenant_id, delivery_id, section_key, highlights, problems, plan,
                                                       updated_by, updated_at, version)
                        values (current_tenant_id(), :delivery, :section, :highlights, :problems, :plan, :by, :now, 0)
                        on conflict (tenant_id, delivery_id, section_key) do update
                        set highlights = excluded.highlights, problems = excluded.problems, plan = excluded.plan,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                            version = report_commentary.version + 1""")
                .param("delivery", deliveryId).param("section", commentary.sectionKey())
                .param("highlights", commentary.highlights()).param("problems", commentary.problems())
                .param("plan", commentary.plan()).param("by", by).param("now", Timestamp.from(now)).update();
    }

    /** A correction starts from the commentary of the version it corrects. */
    void copyCommentary(UUID from, UUID to) {
        jdbc.sql("""
                        insert into report_commentary (tenant_id, delivery_id, section_key, highlights, problems, plan,
                                                       updated_by, updated_at, version)
                        select tenant_id, :to, section_key, highlights, problems, plan, updated_by, updated_at, 0
                          from report_commentary where delivery_id = :from""")
                .param("from", from).param("to", to).update();
    }

    void addRecipient(UUID deliveryId, UUID userId, boolean mailed) {
        jdbc.sql("""
                        insert into report_recipient (tenant_id, delivery_id, user_id, mailed)
                        values (current_tenant_id(), :delivery, :user, :mailed) on conflict do nothing""")
                .param("delivery", deliveryId).param("user", userId).param("mailed", mailed).update();
    }

    void markOpened(UUID deliveryId, UUID userId, Instant now) {
        jdbc.sql("""
                        update report_recipient set opened_at = :now
                         where delivery_id = :delivery and user_id = :user and opened_at is null""")
                .param("now", Timestamp.from(now)).param("delivery", deliveryId).param("user", userId).update();
    }

    /** Current delivered versions the user received and has not opened yet. */
    int unopened(UUID userId) {
        return jdbc.sql("""
                        select count(*) from report_recipient r join report_delivery d on d.id = r.delivery_id
                         where r.user_id = :user and r.opened_at is null and d.superseded_at is null""")
                .param("user", userId).query(Integer.class).single();
    }

    void insertMessage(UUID id, UUID deliveryId, UUID authorId, ReportMessage.Kind kind, @Nullable String body,
                       Instant now) {
        jdbc.sql("""
                        insert into report_message (tenant_id, id, delivery_id, author_id, kind, body, created_at)
                        values (current_tenant_id(), :id, :delivery, :author, :kind, :body, :now)""")
                .param("id", id).param("delivery", deliveryId).param("author", authorId).param("kind", kind.name())
                .param("body", body).param("now", Timestamp.from(now)).update();
    }

    /** The thread, oldest first; author names are filled in by the service. */
    List<ReportMessage> thread(UUID deliveryId) {
        return jdbc.sql("""
                        select id, author_id, kind, body, created_at from report_message
                         where delivery_id = :delivery order by created_at, id""")
                .param("delivery", deliveryId)
                .query((rs, n) -> new ReportMessage(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), "",
                        ReportMessage.Kind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    record Pdf(String fileName, byte[] bytes) {
    }

    /** The PDF a delivered version was sent with. */
    Optional<Pdf> deliveredPdf(UUID deliveryId) {
        return jdbc.sql("""
                        select d.period_code, d.version_no, s.pdf
                          from report_delivery d join report_snapshot s on s.id = d.snapshot_id
                         where d.id = :delivery""")
                .param("delivery", deliveryId)
                .query((rs, n) -> new Pdf("operations-report-" + rs.getString(1) + "-v" + rs.getInt(2) + ".pdf",
                        rs.getBytes(3))).optional();
    }

    ReportSchedule schedule(UUID communityId) {
        return jdbc.sql("select monthly_day, quarterly_day from report_schedule where community_id = :community")
                .param("community", communityId)
                .query((rs, n) -> new ReportSchedule(integer(rs, 1), integer(rs, 2))).optional()
                .orElse(ReportSchedule.NONE);
    }

    void saveSchedule(UUID communityId, ReportSchedule schedule, UUID by, Instant now) {
        jdbc.sql("""
                        insert into report_schedule (tenant_id, community_id, monthly_day, quarterly_day, updated_by,
                                                     updated_at, version)
                        values (current_tenant_id(), :community, :monthly, :quarterly, :by, :now, 0)
                        on conflict (tenant_id, community_id) do update
                        set monthly_day = excluded.monthly_day, quarterly_day = excluded.quarterly_day,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                            version = report_schedule.version + 1""")
                .param("community", communityId).param("monthly", schedule.monthlyDay())
                .param("quarterly", schedule.quarterlyDay()).param("by", by).param("now", Timestamp.from(now))
                .update();
    }

    boolean serviceLevel(UUID communityId) {
        return jdbc.sql("select service_level from report_schedule where community_id = :community")
                .param("community", communityId).query(Boolean.class).optional().orElse(false);
    }

    void saveServiceLevel(UUID communityId, boolean include, UUID by, Instant now) {
        jdbc.sql("""
                        insert into report_schedule (tenant_id, community_id, service_level, updated_by, updated_at,
                                                     version)
                        values (current_tenant_id(), :community, :include, :by, :now, 0)
                        on conflict (tenant_id, community_id) do update
                        set service_level = excluded.service_level, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at, version = report_schedule.version + 1""")
                .param("community", communityId).param("include", include).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    /** Communities with a schedule, and the schedule. */
    List<Scheduled> schedules() {
        return jdbc.sql("""
                        select community_id, monthly_day, quarterly_day from report_schedule
                         where monthly_day is not null or quarterly_day is not null order by community_id""")
                .query((rs, n) -> new Scheduled(rs.getObject(1, UUID.class),
                        new ReportSchedule(integer(rs, 2), integer(rs, 3)))).list();
    }

    record Scheduled(UUID communityId, ReportSchedule schedule) {
    }

    DeliverySettings settings() {
        return jdbc.sql("select attach_pdf, link_days, auto_send from report_delivery_setting")
                .query((rs, n) -> new DeliverySettings(rs.getBoolean(1), rs.getInt(2), rs.getBoolean(3)))
                .optional().orElse(DeliverySettings.DEFAULTS);
    }

    /** The tenant's key for signed links, made on first use. */
    byte[] linkKey(byte[] fresh, Instant now) {
        jdbc.sql("""
                        insert into report_delivery_setting (tenant_id, link_key, updated_at, version)
                        values (current_tenant_id(), :key, :now, 0) on conflict (tenant_id) do nothing""")
                .param("key", fresh).param("now", Timestamp.from(now)).update();
        return jdbc.sql("select link_key from report_delivery_setting").query(byte[].class).single();
    }

    /** The key of the current tenant, if it ever made one (a link can only be signed with an existing key). */
    Optional<byte[]> existingLinkKey() {
        return jdbc.sql("select link_key from report_delivery_setting").query(byte[].class).optional();
    }

    void saveSettings(DeliverySettings settings, byte[] fresh, Instant now) {
        jdbc.sql("""
                        insert into report_delivery_setting (tenant_id, attach_pdf, link_days, auto_send, link_key,
                                                             updated_at, version)
                        values (current_tenant_id(), :attach, :days, :auto, :key, :now, 0)
                        on conflict (tenant_id) do update
                        set attach_pdf = excluded.attach_pdf, link_days = excluded.link_days,
                            auto_send = excluded.auto_send, updated_at = excluded.updated_at,
                            version = report_delivery_setting.version + 1""")
                .param("attach", settings.attachPdf()).param("days", settings.linkDays())
                .param("auto", settings.autoSend()).param("key", fresh).param("now", Timestamp.from(now)).update();
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
                ReportPeriod.parse(rs.getString("period_code")).orElseThrow(), rs.getInt("version_no"),
                DeliveryState.valueOf(rs.getString("state")), rs.getObject("snapshot_id", UUID.class),
                rs.getObject("submitted_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "sent_at"), instant(rs, "acknowledged_at"), instant(rs, "superseded_at"),
                rs.getInt("recipients"), rs.getInt("mailed"), rs.getBoolean("opened_by_me"), rs.getLong("version"));
    }
}

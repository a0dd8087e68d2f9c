package app.communityops.approval;

import app.communityops.shared.Uuids;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approval tables. No access rules here: the services check them first. */
@Component
class ApprovalQueries {

    /** A stored policy row of a client or a community. */
    record PolicyRow(UUID id, ApprovalSettings settings, long version) {
    }

    private static final String REQUEST_COLUMNS = """
            id, subject_type, subject_id, subject_version, community_id, title, steps, current_step, status,
            submitted_by_name, submitted_at, decided_at, version""";

    private final JdbcClient jdbc;

    ApprovalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PolicyRow> clientPolicy(UUID clientId) {
        return jdbc.sql("""
                select id, content_required, rulebook_required, steps, version from approval_policy
                where client_id = :client""").param("client", clientId).query(ApprovalQueries::policy).optional();
    }

    Optional<PolicyRow> communityPolicy(UUID communityId) {
        return jdbc.sql("""
                select id, content_required, rulebook_required, steps, version from approval_policy
                where community_id = :community""").param("community", communityId)
                .query(ApprovalQueries::policy).optional();
    }

    void insertPolicy(@Nullable UUID clientId, @Nullable UUID communityId, ApprovalSettings settings, UUID by,
                      Instant at) {
        jdbc.sql("""
                insert into approval_policy (tenant_id, id, client_id, community_id, content_required,
                                             rulebook_required, steps, updated_at, updated_by, version)
                values (current_tenant_id(), :id, :client, :community, :content, :rulebook,
                        cast(:steps as varchar(20)[]), :at, :by, 0)""")
                .param("id", Uuids.v7()).param("client", clientId).param("community", communityId)
                .param("content", settings.content()).param("rulebook", settings.rulebook())
                .param("steps", names(settings.steps())).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Answers whether the row was still at {@code expectedVersion}. */
    boolean updatePolicy(UUID id, long expectedVersion, ApprovalSettings settings, UUID by, Instant at) {
        return jdbc.sql("""
                update approval_policy set content_required = :content, rulebook_required = :rulebook,
                       steps = cast(:steps as varchar(20)[]), updated_at = :at, updated_by = :by,
                       version = version + 1
                where id = :id and version = :expected""")
                .param("content", settings.content()).param("rulebook", settings.rulebook())
                .param("steps", names(settings.steps())).param("at", Timestamp.from(at)).param("by", by)
                .param("id", id).param("expected", expectedVersion).update() == 1;
    }

    boolean deletePolicy(UUID id, long expectedVersion) {
        return jdbc.sql("delete from approval_policy where id = :id and version = :expected")
                .param("id", id).param("expected", expectedVersion).update() == 1;
    }

    /** The communities that have a setting of their own, with it. */
    Map<UUID, ApprovalSettings> communityPolicies() {
        Map<UUID, ApprovalSettings> policies = new HashMap<>();
        jdbc.sql("""
                select community_id, id, content_required, rulebook_required, steps, version from approval_policy
                where community_id is not null""").query(rs -> {
            policies.put(rs.getObject("community_id", UUID.class), policy(rs, 0).settings());
        });
        return policies;
    }

    Map<UUID, ApprovalSettings> clientPolicies() {
        Map<UUID, ApprovalSettings> policies = new HashMap<>();
        jdbc.sql("""
                select client_id, id, content_required, rulebook_required, steps, version from approval_policy
                where client_id is not null""").query(rs -> {
            policies.put(rs.getObject("client_id", UUID.class), policy(rs, 0).settings());
        });
        return policies;
    }

    UUID insertRequest(ApprovalSubject subject, List<ApprovalStep> steps, UUID by, String byName, Instant at) {
        UUID id = Uuids.v7();
        jdbc.sql("""
                insert into approval_request (tenant_id, id, subject_type, subject_id, subject_version, community_id,
                                              title, preview_html, steps, current_step, status, submitted_by,
                                              submitted_by_name, submitted_at, version)
                values (current_tenant_id(), :id, :type, :subject, :subjectVersion, :community, :title, :preview,
                        cast(:steps as varchar(20)[]), 0, 'PENDING', :by, :byName, :at, 0)""")
                .param("id", id).param("type", subject.type().name()).param("subject", subject.id())
                .param("subjectVersion", subject.version()).param("community", subject.communityId())
                .param("title", subject.title()).param("preview", subject.previewHtml())
                .param("steps", names(steps)).param("by", by).param("byName", byName)
                .param("at", Timestamp.from(at)).update();
        return id;
    }

    Optional<ApprovalSummary> request(UUID id) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from approval_request where id = :id").param("id", id)
                .query(ApprovalQueries::summary).optional();
    }

    String preview(UUID id) {
        return jdbc.sql("select preview_html from approval_request where id = :id").param("id", id)
                .query(String.class).single();
    }

    UUID submittedBy(UUID id) {
        return jdbc.sql("select submitted_by from approval_request where id = :id").param("id", id)
                .query(UUID.class).single();
    }

    Optional<ApprovalSummary> open(SubjectType type, UUID subjectId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from approval_request where subject_type = :type and subject_id = :subject and status = 'PENDING'
                """).param("type", type.name()).param("subject", subjectId).query(ApprovalQueries::summary)
                .optional();
    }

    /** The latest request of each subject (withdrawn ones left out: they decided nothing). */
    Map<UUID, ApprovalSummary> latest(SubjectType type, Collection<UUID> subjectIds) {
        Map<UUID, ApprovalSummary> latest = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select distinct on (subject_id) " + REQUEST_COLUMNS + """
                 from approval_request
                where subject_type = :type and subject_id = any(:subjects) and status <> 'WITHDRAWN'
                order by subject_id, submitted_at desc, id desc""")
                .param("type", type.name()).param("subjects", subjectIds.toArray(UUID[]::new))
                .query(ApprovalQueries::summary).list().forEach(request -> latest.put(request.subjectId(), request));
        return latest;
    }

    /** The latest request of a subject, withdrawn or not. */
    Optional<ApprovalSummary> latestOfAny(SubjectType type, UUID subjectId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from approval_request where subject_type = :type and subject_id = :subject
                order by submitted_at desc, id desc limit 1""").param("type", type.name()).param("subject", subjectId)
                .query(ApprovalQueries::summary).optional();
    }

    /**
     * Moves an open request on, if nobody has moved it since the caller read it: answers false when another
     * approver was first.
     */
    boolean advance(UUID id, long expectedVersion, int nextStep, ApprovalStatus status, @Nullable Instant decidedAt) {
        return jdbc.sql("""
                update approval_request set current_step = :step, status = :status, decided_at = :decided,
                       version = version + 1
                where id = :id and version = :expected and status = 'PENDING'""")
                .param("step", nextStep).param("status", status.name())
                .param("decided", decidedAt == null ? null : Timestamp.from(decidedAt))
                .param("id", id).param("expected", expectedVersion).update() == 1;
    }

    void event(UUID requestId, @Nullable Integer step, @Nullable ApprovalStep approver, ApprovalAction action,
               @Nullable UUID actorId, String actorName, @Nullable String comment, Instant at) {
        jdbc.sql("""
                insert into approval_event (tenant_id, id, request_id, step, approver, action, actor_id, actor_name,
                                            comment, occurred_at)
                values (current_tenant_id(), :id, :request, :step, :approver, :action, :actor, :actorName, :comment,
                        :at)""")
                .param("id", Uuids.v7()).param("request", requestId).param("step", step)
                .param("approver", approver == null ? null : approver.name()).param("action", action.name())
                .param("actor", actorId).param("actorName", actorName).param("comment", comment)
                .param("at", Timestamp.from(at)).update();
    }

    List<ApprovalEvent> events(UUID requestId) {
        return jdbc.sql("""
                select request_id, step, approver, action, actor_name, comment, occurred_at from approval_event
                where request_id = :request order by occurred_at, id""").param("request", requestId)
                .query(ApprovalQueries::event).list();
    }

    /** Every step of every request of a subject, oldest first. */
    List<ApprovalEvent> subjectEvents(SubjectType type, UUID subjectId) {
        return jdbc.sql("""
                select e.request_id, e.step, e.approver, e.action, e.actor_name, e.comment, e.occurred_at
                from approval_event e join approval_request r on r.id = e.request_id
                where r.subject_type = :type and r.subject_id = :subject
                order by e.occurred_at, e.id""").param("type", type.name()).param("subject", subjectId)
                .query(ApprovalQueries::event).list();
    }

    /** Open requests whose current step is that group's, in those communities, oldest first. */
    List<ApprovalSummary> waitingAt(ApprovalStep step, UUID[] communities) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from approval_request
                where status = 'PENDING' and steps[current_step + 1] = :step and community_id = any(:communities)
                order by submitted_at, id limit 200""")
                .param("step", step.name()).param("communities", communities).query(ApprovalQueries::summary).list();
    }

    /** What a user submitted, newest first. */
    List<ApprovalSummary> submittedBy(UUID userId, UUID[] communities) {
        return jdbc.sql("select " + REQUEST_COLUMNS + """
                 from approval_request where submitted_by = :user and community_id = any(:communities)
                order by submitted_at desc, id desc limit 100""")
                .param("user", userId).param("communities", communities).query(ApprovalQueries::summary).list();
    }

    /** The enabled users of a client, who approve a client step. */
    List<UUID> clientUsers(UUID clientId) {
        return jdbc.sql("""
                select id from user_account where enabled and role = 'CLIENT' and client_id = :client order by id""")
                .param("client", clientId).query((rs, row) -> rs.getObject("id", UUID.class)).list();
    }

    boolean enabled(UUID userId) {
        return jdbc.sql("select count(*) from user_account where id = :user and enabled").param("user", userId)
                .query(Long.class).single() > 0;
    }

    private static String[] names(List<ApprovalStep> steps) {
        return steps.stream().map(Enum::name).toArray(String[]::new);
    }

    private static List<ApprovalStep> steps(ResultSet rs) throws SQLException {
        Array array = rs.getArray("steps");
        return Arrays.stream((String[]) array.getArray()).map(ApprovalStep::valueOf).toList();
    }

    private static PolicyRow policy(ResultSet rs, int row) throws SQLException {
        return new PolicyRow(rs.getObject("id", UUID.class), new ApprovalSettings(rs.getBoolean("content_required"),
                rs.getBoolean("rulebook_required"), steps(rs)), rs.getLong("version"));
    }

    private static ApprovalSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ApprovalSummary(rs.getObject("id", UUID.class), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class), rs.getLong("subject_version"),
                rs.getObject("community_id", UUID.class), rs.getString("title"), steps(rs), rs.getInt("current_step"),
                ApprovalStatus.valueOf(rs.getString("status")), rs.getString("submitted_by_name"),
                rs.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getLong("version"));
    }

    private static ApprovalEvent event(ResultSet rs, int row) throws SQLException {
        String approver = rs.getString("approver");
        Object step = rs.getObject("step");
        return new ApprovalEvent(rs.getObject("request_id", UUID.class),
                step == null ? null : ((Number) step).intValue(),
                approver == null ? null : ApprovalStep.valueOf(approver),
                ApprovalAction.valueOf(rs.getString("action")), rs.getString("actor_name"), rs.getString("comment"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}

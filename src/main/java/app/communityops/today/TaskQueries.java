package app.communityops.today;

import app.communityops.shared.Uuids;
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

/** The task table. No access rules here: the services decide the communities and the person first. */
@Component
class TaskQueries {

    /**
     * Whose tasks of the given communities: all of them ({@code person} null), or one person's, with or without the
     * tasks nobody has taken yet (an operator's list has them; an admin's own list does not).
     */
    record Scope(Collection<UUID> communities, @Nullable UUID person, boolean withUnassigned) {

        UUID[] communityArray() {
            return communities.toArray(UUID[]::new);
        }
    }

    /** One group of the service level: a community and the person answerable (null: the community's operators). */
    record LevelRow(UUID communityId, @Nullable UUID personId, int due, int onTime, int late, int overdue,
                    int openNotDue) {
    }

    private static final String COLUMNS = """
            id, community_id, membership_id, title, source, rule_id, rule_name, assignee_id, due_at, status,
            snoozed_until, done_at, done_by, cancel_reason, created_at, version""";
    // A person's list: what is theirs, and what is the community's operators' while nobody has taken it.
    private static final String IN_SCOPE = """
            community_id = any(:communities)
            and (cast(:person as uuid) is null or assignee_id = :person or (:withUnassigned and assignee_id is null))""";

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers whether the task was opened now (false: this run and action opened it before). */
    boolean insertFromRule(UUID ruleId, String ruleName, UUID runId, int actionIndex, UUID communityId,
                           @Nullable UUID membershipId, String title, Instant dueAt, Instant now) {
        return jdbc.sql("""
                insert into today_task (tenant_id, id, community_id, membership_id, title, source, rule_id, rule_name,
                                        run_id, action_index, due_at, status, created_at, version)
                values (current_tenant_id(), :id, :community, :membership, :title, 'RULE', :rule, :ruleName, :run,
                        :action, :due, 'OPEN', :now, 0)
                on conflict (tenant_id, run_id, action_index) where run_id is not null do nothing""")
                .param("id", Uuids.v7()).param("community", communityId).param("membership", membershipId)
                .param("title", title).param("rule", ruleId).param("ruleName", ruleName).param("run", runId)
                .param("action", actionIndex).param("due", Timestamp.from(dueAt)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** A task as a playbook's rule would have opened it, without a run (the demo's past weeks). */
    UUID insertDemoFromRule(UUID communityId, String title, String ruleName, Instant dueAt, Instant createdAt) {
        UUID id = Uuids.v7();
        jdbc.sql("""
                insert into today_task (tenant_id, id, community_id, title, source, rule_name, due_at, status,
                                        created_at, version)
                values (current_tenant_id(), :id, :community, :title, 'RULE', :ruleName, :due, 'OPEN', :created, 0)""")
                .param("id", id).param("community", communityId).param("title", title).param("ruleName", ruleName)
                .param("due", Timestamp.from(dueAt)).param("created", Timestamp.from(createdAt)).update();
        return id;
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from today_task)").query(Boolean.class).single();
    }

    UUID insertManual(UUID communityId, @Nullable UUID membershipId, String title, @Nullable UUID assigneeId,
                      Instant dueAt, UUID by, Instant now) {
        UUID id = Uuids.v7();
        jdbc.sql("""
                insert into today_task (tenant_id, id, community_id, membership_id, title, source, assignee_id, due_at,
                                        status, created_by, created_at, version)
                values (current_tenant_id(), :id, :community, :membership, :title, 'MANUAL', :assignee, :due, 'OPEN',
                        :by, :now, 0)""")
                .param("id", id).param("community", communityId).param("membership", membershipId)
                .param("title", title).param("assignee", assigneeId).param("due", Timestamp.from(dueAt))
                .param("by", by).param("now", Timestamp.from(now)).update();
        return id;
    }

    Optional<Task> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from today_task where id = :id").param("id", id)
                .query(TaskQueries::task).optional();
    }

    /** The open tasks of the scope that are not snoozed at {@code now}, by due time. */
    List<Task> open(Scope scope, Instant now) {
        if (scope.communities().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from today_task where status = 'OPEN' and " + IN_SCOPE + """
                 and (snoozed_until is null or snoozed_until <= :now)
                order by due_at, id""")
                .param("communities", scope.communityArray()).param("person", scope.person()).param("withUnassigned", scope.withUnassigned())
                .param("now", Timestamp.from(now)).query(TaskQueries::task).list();
    }

    /** How many open, not snoozed tasks of the scope are due before {@code before} (overdue included). */
    int dueBefore(Scope scope, Instant now, Instant before) {
        if (scope.communities().isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from today_task where status = 'OPEN' and " + IN_SCOPE + """
                 and (snoozed_until is null or snoozed_until <= :now) and due_at < :before""")
                .param("communities", scope.communityArray()).param("person", scope.person()).param("withUnassigned", scope.withUnassigned())
                .param("now", Timestamp.from(now)).param("before", Timestamp.from(before))
                .query(Integer.class).single();
    }

    /** The open tasks of the scope snoozed at {@code now}, those coming back first first. */
    List<Task> snoozedTasks(Scope scope, Instant now) {
        if (scope.communities().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from today_task where status = 'OPEN' and " + IN_SCOPE
                        + " and snoozed_until > :now order by snoozed_until, id")
                .param("communities", scope.communityArray()).param("person", scope.person())
                .param("withUnassigned", scope.withUnassigned()).param("now", Timestamp.from(now))
                .query(TaskQueries::task).list();
    }

    /** How many open tasks of the scope are snoozed now. */
    int snoozed(Scope scope, Instant now) {
        if (scope.communities().isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from today_task where status = 'OPEN' and " + IN_SCOPE
                        + " and snoozed_until > :now")
                .param("communities", scope.communityArray()).param("person", scope.person()).param("withUnassigned", scope.withUnassigned())
                .param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    boolean markDone(UUID id, long expectedVersion, UUID by, Instant at) {
        return jdbc.sql("""
                update today_task set status = 'DONE', done_at = :at, done_by = :by, snoozed_until = null,
                       version = version + 1
                where id = :id and version = :expected and status = 'OPEN'""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).param("expected", expectedVersion)
                .update() == 1;
    }

    boolean snooze(UUID id, long expectedVersion, Instant until) {
        return jdbc.sql("""
                update today_task set snoozed_until = :until, version = version + 1
                where id = :id and version = :expected and status = 'OPEN'""")
                .param("until", Timestamp.from(until)).param("id", id).param("expected", expectedVersion)
                .update() == 1;
    }

    boolean reassign(UUID id, long expectedVersion, @Nullable UUID assignee) {
        return jdbc.sql("""
                update today_task set assignee_id = :assignee, version = version + 1
                where id = :id and version = :expected and status = 'OPEN'""")
                .param("assignee", assignee).param("id", id).param("expected", expectedVersion).update() == 1;
    }

    /** Hands the open tasks of these people in the community to {@code to} (null: the community's operators). */
    int handOver(UUID communityId, Collection<UUID> from, @Nullable UUID to) {
        return jdbc.sql("""
                update today_task set assignee_id = :to, version = version + 1
                where community_id = :community and status = 'OPEN' and assignee_id = any(:from)""")
                .param("to", to).param("community", communityId).param("from", from.toArray(UUID[]::new)).update();
    }

    /** Gives the community's unassigned open tasks to one person (nobody is left to share them). */
    int assignUnassigned(UUID communityId, UUID to) {
        return jdbc.sql("""
                update today_task set assignee_id = :to, version = version + 1
                where community_id = :community and status = 'OPEN' and assignee_id is null""")
                .param("to", to).param("community", communityId).update();
    }

    int cancelOpen(UUID communityId, String reason) {
        return jdbc.sql("""
                update today_task set status = 'CANCELLED', cancel_reason = :reason, snoozed_until = null,
                       version = version + 1
                where community_id = :community and status = 'OPEN'""")
                .param("reason", reason).param("community", communityId).update();
    }

    /**
     * The tasks due in {@code [from, to)} of these communities, cancelled ones aside, grouped by community and the
     * person answerable: who did it, else the assignee, else nobody yet (the community's operators).
     */
    List<LevelRow> serviceLevel(Collection<UUID> communities, Instant from, Instant to, Instant now) {
        if (communities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select community_id, coalesce(done_by, assignee_id) as person, count(*) as due,
                       count(*) filter (where status = 'DONE' and done_at <= due_at) as on_time,
                       count(*) filter (where status = 'DONE' and done_at > due_at) as late,
                       count(*) filter (where status = 'OPEN' and due_at <= :now) as overdue,
                       count(*) filter (where status = 'OPEN' and due_at > :now) as open_not_due
                from today_task
                where community_id = any(:communities) and status <> 'CANCELLED'
                  and due_at >= :from and due_at < :to
                group by community_id, coalesce(done_by, assignee_id)""")
                .param("communities", communities.toArray(UUID[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("now", Timestamp.from(now))
                .query((rs, row) -> new LevelRow(rs.getObject("community_id", UUID.class),
                        rs.getObject("person", UUID.class), rs.getInt("due"), rs.getInt("on_time"),
                        rs.getInt("late"), rs.getInt("overdue"), rs.getInt("open_not_due")))
                .list();
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
                rs.getObject("membership_id", UUID.class), rs.getString("title"),
                TaskSource.valueOf(rs.getString("source")), rs.getObject("rule_id", UUID.class),
                rs.getString("rule_name"), rs.getObject("assignee_id", UUID.class), instant(rs, "due_at"),
                TaskStatus.valueOf(rs.getString("status")), nullableInstant(rs, "snoozed_until"),
                nullableInstant(rs, "done_at"), rs.getObject("done_by", UUID.class), rs.getString("cancel_reason"),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

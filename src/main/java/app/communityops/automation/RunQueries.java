package app.communityops.automation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The run log: a run per rule and signal, claimed and finished by the engine, listed by the run log screen. */
@Component
class RunQueries {

    private static final String COLUMNS = """
            id, rule_id, rule_name, rule_version, trigger_kind, community_id, membership_id, status, skip_reason,
            inputs::text as inputs, conditions::text as conditions, actions::text as actions, attempts, last_error,
            triggered_at, finished_at""";

    /** Failed runs first (they need someone), then the newest. */
    private static final String ORDER = """
             order by case when status = 'FAILED' then 0 else 1 end, triggered_at desc, id desc""";

    private final JdbcClient jdbc;

    RunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run for the rule and signal, unless there is one: the at-most-once of each rule per fact. */
    boolean create(UUID id, StoredRule rule, Signal signal, RunStatus status, @Nullable SkipReason skip,
                   Map<String, Object> inputs, Instant now) {
        return jdbc.sql("""
                        insert into automation_run (id, rule_id, rule_name, rule_version, signal_id, trigger_kind,
                                                    community_id, membership_id, status, skip_reason, inputs,
                                                    next_attempt_at, triggered_at, created_at, finished_at)
                        values (:id, :rule, :name, :version, :signal, :trigger, :community, :membership, :status,
                                :skip, cast(:inputs as jsonb), :now, :triggeredAt, :now, :finishedAt)
                        on conflict (tenant_id, rule_id, signal_id) do nothing""")
                .param("id", id)
                .param("rule", rule.id())
                .param("name", rule.name())
                .param("version", skip == null ? null : rule.version())
                .param("signal", signal.id())
                .param("trigger", rule.definition().trigger().kind().name())
                .param("community", signal.communityId() != null ? signal.communityId() : rule.communityId())
                .param("membership", signal.membershipId())
                .param("status", status.name())
                .param("skip", skip == null ? null : skip.name())
                .param("inputs", AutomationJson.write(inputs))
                .param("now", Timestamp.from(now))
                .param("triggeredAt", Timestamp.from(signal.occurredAt()))
                .param("finishedAt", status.open() ? null : Timestamp.from(now))
                .update() == 1;
    }

    /** Runs due now, oldest first, without locking: each is claimed on its own. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from automation_run
                        where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, row) -> rs.getObject(1, UUID.class)).list();
    }

    /** The run and its signal, locked, if it is still due; nothing if another node has it or it is done. */
    Optional<Claimed> claim(UUID id, Instant now) {
        return jdbc.sql("""
                        select id, rule_id, signal_id, membership_id, attempts, triggered_at from automation_run
                        where id = :id and status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                        for update skip locked""")
                .param("id", id).param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    record Claimed(UUID id, UUID ruleId, UUID signalId, @Nullable UUID membershipId, int attempts,
                   Instant triggeredAt) {
    }

    /**
     * Whether the rule acted on the member in another run triggered within {@code window} of this one. The caller
     * holds a lock for the rule and member, so two runs of them never both pass.
     */
    boolean actedOnMemberNear(UUID ruleId, UUID membershipId, UUID runId, Instant triggeredAt,
                              java.time.Duration window) {
        return jdbc.sql("""
                        select exists (select 1 from automation_run
                                       where rule_id = :rule and membership_id = :membership and id <> :run
                                         and status = 'SUCCEEDED'
                                         and triggered_at between :from and :to)""")
                .param("rule", ruleId).param("membership", membershipId).param("run", runId)
                .param("from", Timestamp.from(triggeredAt.minus(window)))
                .param("to", Timestamp.from(triggeredAt.plus(window)))
                .query(Boolean.class).single();
    }

    void setMembership(UUID id, UUID membershipId) {
        jdbc.sql("update automation_run set membership_id = :membership where id = :id")
                .param("membership", membershipId).param("id", id).update();
    }

    /** Serialises the runs acting on one member (their tags, warnings) until the transaction ends. */
    void lockMember(UUID memberId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "automation-member:" + memberId).query().singleRow();
    }

    /** Serialises runs of one rule on one member until the transaction ends. */
    void lockRuleMember(UUID ruleId, UUID membershipId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "automation:" + ruleId + ":" + membershipId).query().singleRow();
    }

    void finish(UUID id, RunStatus status, @Nullable SkipReason skip, @Nullable Long ruleVersion,
                Map<String, Object> inputs, List<ConditionResult> conditions, List<ActionOutcome> actions,
                int attempts, Instant now) {
        jdbc.sql("""
                        update automation_run
                        set status = :status, skip_reason = :skip, rule_version = :version,
                            inputs = cast(:inputs as jsonb), conditions = cast(:conditions as jsonb),
                            actions = cast(:actions as jsonb), attempts = :attempts, finished_at = :now,
                            last_error = case when :status = 'SUCCEEDED' then null else last_error end
                        where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("skip", skip == null ? null : skip.name())
                .param("version", ruleVersion)
                .param("inputs", AutomationJson.write(inputs))
                .param("conditions", AutomationJson.write(conditions))
                .param("actions", AutomationJson.write(actions))
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** An attempt failed: tried again at {@code retryAt}, or FAILED for good when that is null. */
    @Nullable FailureRow recordFailure(UUID id, String error, @Nullable Instant retryAt, Instant now) {
        return jdbc.sql("""
                        update automation_run
                        set attempts = attempts + 1, last_error = :error,
                            status = case when cast(:retry as timestamptz) is null then 'FAILED' else 'RETRYING' end,
                            next_attempt_at = coalesce(cast(:retry as timestamptz), next_attempt_at),
                            finished_at = case when cast(:retry as timestamptz) is null then cast(:now as timestamptz) end
                        where id = :id and status in ('PENDING', 'RETRYING')
                        returning rule_id, rule_name, community_id, attempts, status""")
                .param("id", id)
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("retry", retryAt == null ? null : Timestamp.from(retryAt))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new FailureRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getInt(4), RunStatus.valueOf(rs.getString(5))))
                .optional().orElse(null);
    }

    record FailureRow(UUID ruleId, String ruleName, @Nullable UUID communityId, int attempts, RunStatus status) {
    }

    int attempts(UUID id) {
        return jdbc.sql("select attempts from automation_run where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    /** A failed run is tried once more at the next job run. */
    int retryNow(UUID id, Instant now) {
        return jdbc.sql("""
                        update automation_run set status = 'RETRYING', next_attempt_at = :now, finished_at = null
                        where id = :id and status = 'FAILED'""")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    Optional<RunEntry> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from automation_run where id = :id").param("id", id)
                .query(RunQueries::entry).optional();
    }

    /**
     * A page of runs, failed first then newest. {@code communities} null means every run of the tenant (a tenant
     * admin); otherwise runs in those communities only.
     */
    List<RunEntry> page(@Nullable UUID ruleId, @Nullable RunStatus status, UUID @Nullable [] communities,
                        int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = filter(ruleId, status, communities, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from automation_run" + where + " " + ORDER + " limit :limit offset :offset")
                .params(params).query(RunQueries::entry).list();
    }

    int count(@Nullable UUID ruleId, @Nullable RunStatus status, UUID @Nullable [] communities) {
        Map<String, Object> params = new HashMap<>();
        String where = filter(ruleId, status, communities, params);
        return jdbc.sql("select count(*) from automation_run" + where).params(params).query(Integer.class).single();
    }

    private static String filter(@Nullable UUID ruleId, @Nullable RunStatus status, UUID @Nullable [] communities,
                                 Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (ruleId != null) {
            where.append(" and rule_id = :rule");
            params.put("rule", ruleId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (communities != null) {
            where.append(" and community_id = any (:communities)");
            params.put("communities", communities);
        }
        return where.toString();
    }

    private static RunEntry entry(ResultSet rs, int row) throws SQLException {
        String skip = rs.getString("skip_reason");
        Timestamp finished = rs.getTimestamp("finished_at");
        Long version = rs.getObject("rule_version", Long.class);
        return new RunEntry(rs.getObject("id", UUID.class), rs.getObject("rule_id", UUID.class),
                rs.getString("rule_name"), version,
                TriggerKind.valueOf(rs.getString("trigger_kind")), rs.getObject("community_id", UUID.class),
                rs.getObject("membership_id", UUID.class), RunStatus.valueOf(rs.getString("status")),
                skip == null ? null : SkipReason.valueOf(skip), AutomationJson.map(rs.getString("inputs")),
                AutomationJson.conditions(rs.getString("conditions")), AutomationJson.actions(rs.getString("actions")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("triggered_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}

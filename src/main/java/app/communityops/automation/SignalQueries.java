package app.communityops.automation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The signals table: written with the facts, claimed by the engine, read by the dry run, trimmed by age. */
@Component
class SignalQueries {

    private static final String COLUMNS = """
            id, kind, community_id, membership_id, member_id, subject_id, data::text as data, occurred_at, rule_id,
            cause_rule_id, depth""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SignalQueries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Many facts at once (an import's new memberships), in batches: JdbcTemplate for its batch API (decision 0033). */
    void insertAll(List<Signal> many, Instant recordedAt) {
        batch.batchUpdate("""
                        insert into automation_signal (id, kind, community_id, membership_id, member_id, subject_id,
                                                       data, occurred_at, recorded_at, cause_rule_id, depth)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""", many, 1000,
                (statement, signal) -> {
                    statement.setObject(1, signal.id());
                    statement.setString(2, signal.kind().name());
                    statement.setObject(3, signal.communityId());
                    statement.setObject(4, signal.membershipId());
                    statement.setObject(5, signal.memberId());
                    statement.setObject(6, signal.subjectId());
                    statement.setString(7, AutomationJson.write(signal.data()));
                    statement.setTimestamp(8, Timestamp.from(signal.occurredAt()));
                    statement.setTimestamp(9, Timestamp.from(recordedAt));
                    statement.setObject(10, signal.causeRuleId());
                    statement.setInt(11, signal.depth());
                });
    }

    void insert(Signal signal, Instant recordedAt) {
        insert(signal, recordedAt, null);
    }

    /** A scan firing: written once per rule and key; answers whether it was new. */
    boolean insert(Signal signal, Instant recordedAt, @Nullable String dedupeKey) {
        return jdbc.sql("""
                        insert into automation_signal (id, kind, community_id, membership_id, member_id, subject_id,
                                                       data, occurred_at, recorded_at, rule_id, dedupe_key,
                                                       cause_rule_id, depth)
                        values (:id, :kind, :community, :membership, :member, :subject, cast(:data as jsonb),
                                :occurredAt, :recordedAt, :rule, :dedupeKey, :causeRule, :depth)
                        on conflict do nothing""")
                .param("id", signal.id())
                .param("kind", signal.kind().name())
                .param("community", signal.communityId())
                .param("membership", signal.membershipId())
                .param("member", signal.memberId())
                .param("subject", signal.subjectId())
                .param("data", AutomationJson.write(signal.data()))
                .param("occurredAt", Timestamp.from(signal.occurredAt()))
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("rule", signal.ruleId())
                .param("dedupeKey", dedupeKey)
                .param("causeRule", signal.causeRuleId())
                .param("depth", signal.depth())
                .update() == 1;
    }

    /** The head of the queue, locked; another job run skips these rows rather than waiting for them. */
    List<Signal> claim(int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from automation_signal where processed_at is null
                         order by id limit :limit for update skip locked""")
                .param("limit", limit).query(SignalQueries::signal).list();
    }

    void markProcessed(Collection<UUID> ids, Instant at) {
        jdbc.sql("update automation_signal set processed_at = :at where id = any (:ids)")
                .param("at", Timestamp.from(at)).param("ids", ids.toArray(UUID[]::new)).update();
    }

    @Nullable Signal find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from automation_signal where id = :id").param("id", id)
                .query(SignalQueries::signal).optional().orElse(null);
    }

    /** The signals of these kinds since {@code from}, oldest first, for the dry run. */
    List<Signal> since(Collection<SignalKind> kinds, Instant from, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from automation_signal where kind = any (:kinds) and occurred_at >= :from
                         order by occurred_at, id limit :limit""")
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("from", Timestamp.from(from)).param("limit", limit)
                .query(SignalQueries::signal).list();
    }

    /** Deletes processed signals older than {@code before}; answers how many. */
    int deleteProcessedBefore(Instant before) {
        return jdbc.sql("delete from automation_signal where processed_at is not null and occurred_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private static Signal signal(ResultSet rs, int row) throws SQLException {
        Map<String, Object> data = AutomationJson.map(rs.getString("data"));
        return new Signal(rs.getObject("id", UUID.class), SignalKind.valueOf(rs.getString("kind")),
                rs.getObject("community_id", UUID.class), rs.getObject("membership_id", UUID.class),
                rs.getObject("member_id", UUID.class), rs.getObject("subject_id", UUID.class), data,
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("rule_id", UUID.class),
                rs.getObject("cause_rule_id", UUID.class), rs.getInt("depth"));
    }
}

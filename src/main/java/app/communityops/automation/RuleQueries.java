package app.communityops.automation;

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
 * The engine's reads of {@code automation_rule}. The rules themselves are written by the rule screens; the engine
 * reads the definition fresh for each run, so a rule edited while a batch runs is used in its newest version and
 * the run records which.
 */
@Component
class RuleQueries {

    private static final String COLUMNS = "id, community_id, name, definition::text as definition, enabled, version";

    private final JdbcClient jdbc;

    RuleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enabled rules of these trigger kinds that apply to the community (its own and the tenant-wide ones) and were
     * switched on by the time the fact happened.
     */
    List<StoredRule> enabledFor(Collection<TriggerKind> kinds, @Nullable UUID communityId, Instant occurredAt) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                         from automation_rule
                         where enabled and trigger_kind = any (:kinds)
                           and (community_id is null or community_id = :community)
                           and (enabled_at is null or enabled_at <= :occurredAt)
                         order by created_at, id""")
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("community", communityId)
                .param("occurredAt", Timestamp.from(occurredAt))
                .query(RuleQueries::rule).list();
    }

    /** Every enabled rule of these trigger kinds, for the scans. */
    List<StoredRule> enabled(Collection<TriggerKind> kinds) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from automation_rule where enabled and trigger_kind = any (:kinds) order by created_at, id""")
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(RuleQueries::rule).list();
    }

    Optional<StoredRule> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from automation_rule where id = :id").param("id", id)
                .query(RuleQueries::rule).optional();
    }

    private static StoredRule rule(ResultSet rs, int row) throws SQLException {
        return new StoredRule(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
                rs.getString("name"), AutomationJson.definition(rs.getString("definition")),
                rs.getBoolean("enabled"), rs.getLong("version"));
    }
}

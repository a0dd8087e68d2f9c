package app.communityops.automation;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rules and signals written straight to the tables of one tenant (through row-level security, as the app role):
 * the engine's tests need rules without going through the rule screens.
 */
@Component
public class AutomationTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SignalQueries signals;
    private final RunQueries runQueries;

    AutomationTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SignalQueries signals,
                       RunQueries runQueries) {
        this.runQueries = runQueries;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signals = signals;
    }

    public UUID rule(UUID tenantId, @Nullable UUID communityId, String name, RuleDefinition definition) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into automation_rule (tenant_id, id, community_id, name, trigger_kind, definition, enabled,
                                             created_at, updated_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?::jsonb, true, now(), now(), 0)""",
                id, communityId, name, definition.trigger().kind().name(), AutomationJson.write(definition)));
        return id;
    }

    public static RuleDefinition when(RuleTrigger trigger, List<RuleCondition> conditions, RuleAction... actions) {
        return new RuleDefinition(trigger, conditions, List.of(actions));
    }

    void signal(UUID tenantId, SignalKind kind, UUID communityId, @Nullable UUID membershipId,
                Map<String, Object> data, Instant at) {
        inTenant(tenantId, () -> {
            signals.insert(new Signal(Uuids.v7(), kind, communityId, membershipId, null, null, data, at, null, null,
                    0), at);
            return 1;
        });
    }

    List<RunEntry> runs(UUID tenantId, UUID ruleId) {
        return inTenant(tenantId, () -> jdbc.query("select id from automation_run where rule_id = ? order by created_at, id",
                (rs, row) -> rs.getObject(1, UUID.class), ruleId).stream()
                .map(id -> Objects.requireNonNull(runQueries.find(id).orElseThrow())).toList());
    }

    int count(UUID tenantId, String sql, Object... arguments) {
        return Objects.requireNonNull(inTenant(tenantId, () -> jdbc.queryForObject(sql, Integer.class, arguments)));
    }

    void update(UUID tenantId, String sql, Object... arguments) {
        inTenant(tenantId, () -> jdbc.update(sql, arguments));
    }

    <T> T inTenant(UUID tenantId, java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get())));
    }
}

package app.communityops.automation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.RunLogNavigation;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipStatus;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import app.communityops.shared.TenantContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The run log as staff see it: failed runs first, a run's inputs, conditions and outcomes, and retry-now. */
class RunLogViewTest extends KaribuTest {

    @Autowired
    MemberTestData members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;
    UUID rule;
    UUID failed;

    @BeforeEach
    void runs() {
        tenant = tenants.create();
        UUID membership = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Grace", "grace", MembershipStatus.JOINED))).getFirst();
        rule = UUID.randomUUID();
        TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.update("""
                    insert into automation_rule (tenant_id, id, community_id, name, trigger_kind, definition, enabled,
                                                 created_at, updated_at, version)
                    values (current_tenant_id(), ?, ?, 'Welcome', 'MEMBER_JOINED',
                            '{"trigger":{"kind":"MEMBER_JOINED"},"conditions":[],"actions":[]}'::jsonb, true, now(),
                            now(), 3)""", rule, tenant.communityId());
            run(UUID.randomUUID(), membership, "SUCCEEDED", null, """
                    [{"kind":"MEMBER_LACKS_TAG","value":"welcomed","held":true,"note":null}]""", """
                    [{"index":0,"kind":"ADD_TAG","outcome":"DONE","detail":"welcomed"}]""", Instant.now());
            failed = UUID.randomUUID();
            run(failed, membership, "FAILED", "IllegalStateException: The task module is down", "[]", "[]",
                    Instant.now().minusSeconds(3600));
            return null;
        }));
    }

    private void run(UUID id, UUID membership, String status, String error, String conditions, String actions,
                     Instant at) {
        jdbc.update("""
                insert into automation_run (tenant_id, id, rule_id, rule_name, rule_version, signal_id, trigger_kind,
                                            community_id, membership_id, status, inputs, conditions, actions, attempts,
                                            next_attempt_at, last_error, triggered_at, created_at)
                values (current_tenant_id(), ?, ?, 'Welcome', 3, ?, 'MEMBER_JOINED', ?, ?, ?,
                        '{"memberName":"Grace","fact":"MEMBER_JOINED"}'::jsonb, ?::jsonb, ?::jsonb, 5, ?, ?, ?, ?)""",
                id, rule, UUID.randomUUID(), tenant.communityId(), membership, status, conditions, actions,
                Timestamp.from(at), error, Timestamp.from(at), Timestamp.from(at));
    }

    @Test
    void staffSeeFailedRunsFirstAndTheirDetailsAndRetryThem() {
        login(tenant.operator());
        RunLogNavigation.toRunsOf(rule);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("run-log-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Failed", "Welcome", "Grace",
                "The task module is down");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 1))).contains("Done", "Add tag “welcomed”: done");

        GridKt._clickItem(grid, 1);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("run-details-conditions")).getChildren()
                .map(item -> item.getElement().getText()).toList()).containsExactly("Member lacks tag welcomed: holds");
        _click(_get(Button.class, spec -> spec.withId("run-details-close")));

        GridKt._clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("run-retry")));
        String status = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(tx -> jdbc.queryForObject("select status from automation_run where id = ?", String.class,
                        failed)));
        assertThat(status).isEqualTo("RETRYING");
    }

    @Test
    void anOperatorOfAnotherCommunitySeesNoneAndAClientIsTurnedAway() {
        login(tenant.otherOperator());
        UI.getCurrent().navigate(RunLogNavigation.RUNS_ROUTE);
        assertThat(_get(Div.class, spec -> spec.withId("run-log-empty")).isVisible()).isTrue();
        assertDenied(RunLogNavigation.RUNS_ROUTE, tenant.clientUser());
        logout();
        assertSignInRequired(RunLogNavigation.RUNS_ROUTE);
    }
}

package app.communityops.automation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.RunLogNavigation;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.TenantContext;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The dry run of a saved, switched-off rule: replayed from the kept facts, nothing written, refused to outsiders. */
class DryRunViewTest extends KaribuTest {

    @Autowired
    MemberTestData members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aSwitchedOffRuleShowsWhatItWouldHaveDoneInTheLast30Days() {
        UUID plain = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Plain", "plain", MembershipStatus.JOINED))).getFirst();
        UUID vip = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Vip", "vip", MembershipStatus.JOINED).tags("vip"))).getFirst();
        UUID rule = rule("Welcome non-VIPs", "MEMBER_JOINED", null, """
                [{"kind":"MEMBER_LACKS_TAG","value":"vip"}]""", """
                [{"kind":"ADD_TAG","text":"welcomed"},{"kind":"CREATE_TASK","text":"Say hello","dueInHours":24}]""");
        Instant now = Instant.now();
        signal(plain, now.minus(Duration.ofDays(3)));
        signal(vip, now.minus(Duration.ofDays(2)));
        signal(plain, now.minus(Duration.ofDays(40)));

        login(tenant.operator());
        UI.getCurrent().navigate(RunLogNavigation.dryRunPath(rule));

        assertThat(text("dry-run-state")).contains("switched off");
        assertThat(text("dry-run-todays-facts")).contains("today's facts");
        assertThat(_get(Span.class, spec -> spec.withId("dry-run-fired")).getText()).isEqualTo("Times the trigger fired: 2");
        assertThat(_get(Span.class, spec -> spec.withId("dry-run-matched")).getText())
                .isEqualTo("Times the conditions held: 1");
        assertThat(_get(Span.class, spec -> spec.withId("dry-run-count-ADD_TAG")).getText()).isEqualTo("Add tag: 1");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("dry-run-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("Plain", "holds", "Add tag, Create task");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 1))).contains("Vip", "does not hold",
                "nothing: conditions not met");
        assertThat(count("select count(*) from automation_run")).as("a dry run writes nothing").isZero();
    }

    @Test
    void aScanOfTodaysStateOnlySaysItCannotBeReplayed() {
        UUID rule = rule("Activity soon", "ACTIVITY_STARTS_IN", 24, "[]", """
                [{"kind":"NOTIFY","text":"Get ready"}]""");
        login(tenant.admin());
        UI.getCurrent().navigate(RunLogNavigation.dryRunPath(rule));
        assertThat(_get(Div.class, spec -> spec.withId("dry-run-not-previewable")).isVisible()).isTrue();
    }

    @Test
    void outsidersGetNotFoundOrAreTurnedAway() {
        UUID rule = rule("Mine", "MEMBER_JOINED", null, "[]", "[]");
        assertNotFound(RunLogNavigation.dryRunPath(rule), tenant.otherOperator());
        assertNotFound(RunLogNavigation.dryRunPath(rule), tenants.create().admin());
        assertDenied(RunLogNavigation.dryRunPath(rule), tenant.clientUser());
        logout();
        assertSignInRequired(RunLogNavigation.dryRunPath(rule));
    }

    private UUID rule(String name, String trigger, Integer number, String conditions, String actions) {
        UUID id = UUID.randomUUID();
        String definition = "{\"trigger\":{\"kind\":\"" + trigger + "\",\"number\":" + number + "},\"conditions\":"
                + conditions.strip() + ",\"actions\":" + actions.strip() + "}";
        inTenant(() -> jdbc.update("""
                insert into automation_rule (tenant_id, id, community_id, name, trigger_kind, definition, enabled,
                                             created_at, updated_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?::jsonb, false, now(), now(), 0)""",
                id, tenant.communityId(), name, trigger, definition));
        return id;
    }

    private void signal(UUID membership, Instant at) {
        inTenant(() -> jdbc.update("""
                insert into automation_signal (id, kind, community_id, membership_id, data, occurred_at, recorded_at,
                                               processed_at)
                values (?, 'MEMBER_JOINED', ?, ?, '{}'::jsonb, ?, ?, ?)""", UUID.randomUUID(), tenant.communityId(),
                membership, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at)));
    }

    private int count(String sql) {
        return inTenant(() -> Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class)));
    }

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(TenantContext.callAs(tenant.tenantId(),
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get())));
    }
}

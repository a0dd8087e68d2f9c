package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screens that show and end signed-in sessions: My account (everyone, their own), People (a tenant admin
 * signing a user out everywhere) and Tenants (the platform admin signing a whole tenant out).
 */
class SessionsUiTest extends KaribuTest {

    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Autowired
    SessionStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TestTenants.Fixture tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @Test
    void myAccountListsMySessionsMarksThisOneAndEndsAnotherAfterConfirmation() {
        String thisKey = SessionStore.newKey();
        UUID here = store.register(SessionStore.hash(thisKey), tenant.operator().userId(), "10.0.0.7", CHROME_ON_WINDOWS);
        UUID phone = store.register(SessionStore.hash(SessionStore.newKey()), tenant.operator().userId(), "10.0.0.9",
                SAFARI_ON_IPHONE);
        store.register(SessionStore.hash(SessionStore.newKey()), tenant.admin().userId(), "10.0.0.8", CHROME_ON_WINDOWS);
        VaadinSession.getCurrent().getSession().setAttribute(SessionMark.ATTRIBUTE,
                new SessionMark(thisKey, tenant.operator().userId()));
        login(tenant.operator());

        UI.getCurrent().navigate("account");

        Grid<SessionSummary> grid = sessionsGrid();
        List<SessionSummary> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(SessionSummary::id).containsExactlyInAnyOrder(here, phone);
        int current = rows.indexOf(rows.stream().filter(SessionSummary::current).findFirst().orElseThrow());
        int other = 1 - current;
        assertThat(rows.get(current).id()).isEqualTo(here);
        assertThat(GridKt._getFormattedRow(grid, rows.get(current))).contains("10.0.0.7");
        assertThat(text(GridKt._getCellComponent(grid, current, "device"))).contains("Chrome on Windows", "This session");
        assertThat(text(GridKt._getCellComponent(grid, other, "device"))).isEqualTo("Safari on iOS");
        assertThat(GridKt._getCellComponent(grid, current, "action")).as("no way to end this session here")
                .isNotInstanceOf(Button.class);

        _click((Button) GridKt._getCellComponent(grid, other, "action"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(GridKt._findAll(sessionsGrid())).extracting(SessionSummary::id).containsExactly(here);
        assertThat(endReason(phone)).isEqualTo("ENDED_BY_USER");
        assertThat(endReason(here)).isNull();
        assertThat(auditEntries("UserSession", phone.toString(), "endOwnSession")).isEqualTo(1);
    }

    @Test
    void aTenantAdminSeesWhoIsSignedInAndSignsAUserOutEverywhere() {
        UUID first = store.register(SessionStore.hash(SessionStore.newKey()), tenant.operator().userId(), "10.0.0.1",
                CHROME_ON_WINDOWS);
        UUID second = store.register(SessionStore.hash(SessionStore.newKey()), tenant.operator().userId(), "10.0.0.2",
                SAFARI_ON_IPHONE);
        UUID others = store.register(SessionStore.hash(SessionStore.newKey()), tenant.otherOperator().userId(),
                "10.0.0.3", CHROME_ON_WINDOWS);
        login(tenant.admin());
        UI.getCurrent().navigate("people");
        assertThat(GridKt._getFormattedRow(peopleGrid(), row(tenant.operator()))).contains("2 sessions");
        assertThat(GridKt._getFormattedRow(peopleGrid(), row(tenant.clientUser()))).contains("None");

        peopleGrid().select(row(tenant.operator()));
        _click(_get(Button.class, spec -> spec.withId("sign-out-user")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(endReason(first)).isEqualTo("SIGNED_OUT_BY_ADMIN");
        assertThat(endReason(second)).isEqualTo("SIGNED_OUT_BY_ADMIN");
        assertThat(endReason(others)).isNull();
        assertThat(GridKt._getFormattedRow(peopleGrid(), row(tenant.operator()))).contains("None");
        assertThat(auditEntries("UserAccount", tenant.operator().userId().toString(), "signOutEverywhere"))
                .isEqualTo(1);
    }

    @Test
    void thePlatformAdminSignsEveryoneOfATenantOut() {
        TestTenants.Fixture other = tenants.create();
        UUID admin = store.register(SessionStore.hash(SessionStore.newKey()), tenant.admin().userId(), null, null);
        UUID client = store.register(SessionStore.hash(SessionStore.newKey()), tenant.clientUser().userId(), null, null);
        UUID elsewhere = store.register(SessionStore.hash(SessionStore.newKey()), other.admin().userId(), null, null);
        AppPrincipal platform = tenants.platformAdmin();
        UUID own = store.register(SessionStore.hash(SessionStore.newKey()), platform.userId(), null, null);
        login(platform);
        UI.getCurrent().navigate("platform/tenants");

        @SuppressWarnings("unchecked")
        Grid<app.communityops.tenancy.TenantSummary> grid = _get(Grid.class, spec -> spec.withId("tenants-grid"));
        grid.select(GridKt._findAll(grid).stream().filter(t -> t.id().equals(tenant.tenantId())).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("sign-out-tenant")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(endReason(admin)).isEqualTo("SIGNED_OUT_BY_PLATFORM");
        assertThat(endReason(client)).isEqualTo("SIGNED_OUT_BY_PLATFORM");
        assertThat(endReason(elsewhere)).isNull();
        assertThat(endReason(own)).isNull();
        assertThat(auditEntries("Tenant", tenant.tenantId().toString(), "signOutEveryone")).isEqualTo(1);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SessionSummary> sessionsGrid() {
        return _get(Grid.class, spec -> spec.withId("sessions-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> peopleGrid() {
        return _get(Grid.class, spec -> spec.withId("people-grid"));
    }

    private static AccountSummary row(AppPrincipal user) {
        return GridKt._findAll(peopleGrid()).stream().filter(a -> a.id().equals(user.userId())).findFirst()
                .orElseThrow();
    }

    private String endReason(UUID sessionId) {
        List<String> reasons = jdbc.queryForList("select end_reason from user_session where id = ?", String.class,
                sessionId);
        return reasons.getFirst();
    }

    private int auditEntries(String entityType, String entityId, String action) {
        Integer count = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject("""
                        select count(*) from audit_entry where action = 'ACCESS' and entity_type = ?
                        and entity_id = ? and changes ->> 'action' = ?""", Integer.class, entityType, entityId,
                        action)));
        return count == null ? 0 : count;
    }
}

package app.communityops.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.clients.ClientService;
import app.communityops.platform.ui.TenantsView;
import app.communityops.security.AccountService;
import app.communityops.security.TenantSuspendedException;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TenantsViewTest extends KaribuTest {

    private static final String ADMIN_PASSWORD = "first-admin-passphrase";

    @Autowired
    private AuthenticationManager authenticationManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ClientService clientService;

    @Autowired
    private AccountService accountService;

    @Autowired
    private PlatformTenantService platformTenantService;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private String suffix;

    @BeforeEach
    void uniqueNames() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("platform/tenants");
    }

    @Test
    void tenantStaffCannotOpenTheTenantsScreen() {
        assertDenied("platform/tenants", tenants.create().admin());
    }

    @Test
    void platformAdminSeesTenantsWithStatusAndLimits() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();

        TenantSummary row = row(fixture.name());
        assertThat(row.active()).isTrue();
        assertThat(GridKt._getFormattedRow(grid(), row))
                .contains(fixture.name(), "20 communities · 1,000 members · 10 staff seats");
    }

    @Test
    void theMenuOffersTenantsToPlatformAdminsOnly() {
        openAsPlatformAdmin();

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Tenants")
                .doesNotContain("People");
    }

    @Test
    void platformAdminsCannotReadTenantBusinessData() {
        TestTenants.Fixture fixture = tenants.create();
        AppPrincipal platformAdmin = tenants.platformAdmin();

        assertThatThrownBy(() -> SignedIn.as(platformAdmin, clientService::list))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(platformAdmin, accountService::list))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(platformAdmin, () -> TenantContext.callAs(fixture.tenantId(),
                clientService::list))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void createsTenantWithFirstAdminWhoCanSignIn() {
        openAsPlatformAdmin();
        String email = "first-" + suffix + "@example.test";

        fillNewTenant("Acme " + suffix, email);
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        NotificationsKt.expectNotifications("Tenant Acme " + suffix + " created with its first admin.");
        TenantSummary created = row("Acme " + suffix);
        assertThat(created.limits().maxStaffSeats()).isEqualTo(3);
        Authentication signedIn = authenticate(email, ADMIN_PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_TENANT_ADMIN");
        assertThat(auditEntries(created.id(), "ACCESS", "tenant.create")).isEqualTo(1);
    }

    @Test
    void takenAdminEmailCreatesNothing() {
        TestTenants.Fixture existing = tenants.create();
        openAsPlatformAdmin();

        fillNewTenant("Half " + suffix, existing.operator().email());
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("admin-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This email is already used by another account.");
        assertThat(jdbc.queryForObject("select count(*) from tenant where name = ?", Integer.class, "Half " + suffix))
                .isZero();
    }

    @Test
    void duplicateTenantNameIsShownOnTheNameField() {
        TestTenants.Fixture existing = tenants.create();
        openAsPlatformAdmin();

        fillNewTenant(existing.name().toUpperCase(), "dup-" + suffix + "@example.test");
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        TextField name = _get(TextField.class, spec -> spec.withId("tenant-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another tenant already has this name.");
        assertThat(jdbc.queryForObject("select count(*) from login_email where email = ?", Integer.class,
                "dup-" + suffix + "@example.test")).isZero();
    }

    @Test
    void invalidInputIsShownOnTheFieldsBeforeAnythingIsSaved() {
        openAsPlatformAdmin();
        _click(_get(Button.class, spec -> spec.withId("new-tenant")));
        enter(_get(IntegerField.class, spec -> spec.withId("tenant-max-staff-seats")), 0);

        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        assertThat(_get(TextField.class, spec -> spec.withId("tenant-name")).getErrorMessage()).isEqualTo("Required");
        assertThat(_get(IntegerField.class, spec -> spec.withId("tenant-max-staff-seats")).getErrorMessage())
                .isEqualTo("Must be at least 1");
    }

    @Test
    void weakInitialPasswordIsShownOnThePasswordField() {
        openAsPlatformAdmin();
        fillNewTenant("Weak " + suffix, "weak-" + suffix + "@example.test");
        enter(_get(PasswordField.class, spec -> spec.withId("admin-password")), "short");

        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("admin-password")).getErrorMessage())
                .isEqualTo("Use at least 12 characters.");
        assertThat(jdbc.queryForObject("select count(*) from tenant where name = ?", Integer.class, "Weak " + suffix))
                .isZero();
    }

    @Test
    void theServiceValidatesTheFormItselfToo() {
        NewTenantForm blank = new NewTenantForm();

        assertThatThrownBy(() -> SignedIn.as(tenants.platformAdmin(), () -> platformTenantService.createTenant(blank)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void suspendingStopsSignInAndIsAuditedReactivatingRestoresIt() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();

        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("suspend-tenant")));
        enter(_get(TextArea.class, spec -> spec.withId("suspend-reason")), "Unpaid invoice");
        _click(_get(Button.class, spec -> spec.withId("suspend-tenant-dialog-save")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        TenantSummary suspended = row(fixture.name());
        assertThat(suspended.active()).isFalse();
        assertThat(suspended.suspendedReason()).isEqualTo("Unpaid invoice");
        assertThatThrownBy(() -> authenticate(fixture.admin().email(), TestTenants.PASSWORD))
                .isInstanceOf(TenantSuspendedException.class);
        assertThat(auditEntries(fixture.tenantId(), "ACCESS", "tenant.suspend")).isEqualTo(1);
        assertThat(suspensionUpdates(fixture.tenantId())).isEqualTo(1);

        grid().select(suspended);
        _click(_get(Button.class, spec -> spec.withId("reactivate-tenant")));

        assertThat(row(fixture.name()).active()).isTrue();
        assertThat(authenticate(fixture.admin().email(), TestTenants.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void suspendingNeedsAReason() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();
        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("suspend-tenant")));

        _click(_get(Button.class, spec -> spec.withId("suspend-tenant-dialog-save")));

        assertThat(_get(TextArea.class, spec -> spec.withId("suspend-reason")).isInvalid()).isTrue();
        assertThat(row(fixture.name()).active()).isTrue();
    }

    @Test
    void renamesAndEditsLimits() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();

        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("rename-tenant")));
        enter(_get(TextField.class, spec -> spec.withId("rename-tenant-name")), "Renamed " + suffix);
        _click(_get(Button.class, spec -> spec.withId("rename-tenant-dialog-save")));
        _click(_get(Button.class, spec -> spec.withId("edit-limits")));
        enter(_get(IntegerField.class, spec -> spec.withId("tenant-max-staff-seats")), 4);
        _click(_get(Button.class, spec -> spec.withId("plan-limits-dialog-save")));

        TenantSummary changed = row("Renamed " + suffix);
        assertThat(changed.id()).isEqualTo(fixture.tenantId());
        assertThat(changed.limits().maxStaffSeats()).isEqualTo(4);
    }

    @Test
    void renamingToAnotherTenantsNameIsShownOnTheField() {
        TestTenants.Fixture fixture = tenants.create();
        TestTenants.Fixture other = tenants.create();
        openAsPlatformAdmin();

        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("rename-tenant")));
        enter(_get(TextField.class, spec -> spec.withId("rename-tenant-name")), other.name());
        _click(_get(Button.class, spec -> spec.withId("rename-tenant-dialog-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("rename-tenant-name")).getErrorMessage())
                .isEqualTo("Another tenant already has this name.");
    }

    @Test
    void concurrentEditIsRefusedAndOffersReload() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();
        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("rename-tenant")));
        jdbc.update("update tenant set name = ?, version = version + 1 where id = ?", "Meanwhile " + suffix,
                fixture.tenantId());

        enter(_get(TextField.class, spec -> spec.withId("rename-tenant-name")), "Mine " + suffix);
        _click(_get(Button.class, spec -> spec.withId("rename-tenant-dialog-save")));
        _click(_get(Button.class, spec -> spec.withId("concurrent-edit-reload")));

        assertThat(GridKt._findAll(grid())).extracting(TenantSummary::name)
                .contains("Meanwhile " + suffix).doesNotContain("Mine " + suffix);
    }

    @Test
    void resetAdminAccessShowsATemporaryPasswordOnceThatSignsIn() {
        TestTenants.Fixture fixture = tenants.create();
        openAsPlatformAdmin();

        grid().select(row(fixture.name()));
        _click(_get(Button.class, spec -> spec.withId("reset-admin-access")));
        @SuppressWarnings("unchecked")
        Grid<app.communityops.security.AccountSummary> admins = _get(Grid.class,
                spec -> spec.withId("tenant-admins-grid"));
        assertThat(GridKt._findAll(admins)).extracting(app.communityops.security.AccountSummary::email)
                .containsExactly(fixture.admin().email());
        admins.select(GridKt._get(admins, 0));
        _click(_get(Button.class, spec -> spec.withId("reset-admin-password")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        String temporary = _get(TextField.class, spec -> spec.withId("temporary-password")).getValue();
        assertThat(temporary).hasSize(16);
        assertThat(authenticate(fixture.admin().email(), temporary).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticate(fixture.admin().email(), TestTenants.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(auditEntries(fixture.tenantId(), "ACCESS", "tenant.resetAdminPassword")).isEqualTo(1);
    }

    private void openAsPlatformAdmin() {
        AppPrincipal admin = tenants.platformAdmin();
        login(admin);
        UI.getCurrent().navigate("platform/tenants");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantsView.class);
    }

    private void fillNewTenant(String name, String adminEmail) {
        _click(_get(Button.class, spec -> spec.withId("new-tenant")));
        enter(_get(TextField.class, spec -> spec.withId("tenant-name")), name);
        enter(_get(IntegerField.class, spec -> spec.withId("tenant-max-staff-seats")), 3);
        enter(_get(EmailField.class, spec -> spec.withId("admin-email")), adminEmail);
        enter(_get(TextField.class, spec -> spec.withId("admin-name")), "First Admin");
        enter(_get(PasswordField.class, spec -> spec.withId("admin-password")), ADMIN_PASSWORD);
    }

    /** Karibu's own value setter does not match this Vaadin version's internals; a plain set does the job. */
    private static <V> void enter(HasValue<?, V> field, V value) {
        assertThat(field.isReadOnly()).isFalse();
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    private Grid<TenantSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("tenants-grid"));
    }

    private TenantSummary row(String name) {
        return GridKt._findAll(grid()).stream().filter(tenant -> tenant.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + name));
    }

    private Authentication authenticate(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private int auditEntries(UUID tenantId, String action, String purpose) {
        return inTenant(tenantId, "select count(*) from audit_entry where action = ? and changes ->> 'purpose' = ?",
                action, purpose);
    }

    private int suspensionUpdates(UUID tenantId) {
        return inTenant(tenantId, "select count(*) from audit_entry where action = 'UPDATE' and entity_type = 'Tenant'"
                + " and changes ->> 'status' = 'SUSPENDED' and changes ->> 'suspendedReason' = 'Unpaid invoice'");
    }

    private int inTenant(UUID tenantId, String sql, Object... args) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Integer count = TenantContext.callAs(tenantId,
                () -> transactions.execute(status -> jdbc.queryForObject(sql, Integer.class, args)));
        return count == null ? 0 : count;
    }
}

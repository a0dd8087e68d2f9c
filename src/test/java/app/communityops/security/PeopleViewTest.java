package app.communityops.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.security.ui.PeopleView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class PeopleViewTest extends KaribuTest {

    private static final String PASSWORD = "new-colleague-passphrase";

    @Autowired
    private AuthenticationManager authenticationManager;

    @Autowired
    private AccountService accountService;

    @Autowired
    private JdbcTemplate jdbc;

    private TestTenants.Fixture fixture;
    private String suffix;

    @BeforeEach
    void tenant() {
        fixture = tenants.create();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("people");
    }

    @Test
    void operatorsAndPlatformAdminsCannotOpenThePeopleScreen() {
        assertDenied("people", fixture.operator());

        assertDenied("people", tenants.platformAdmin());
    }

    @Test
    void theMenuOffersPeopleToTenantAdminsOnly() {
        open();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("People")
                .doesNotContain("Tenants");
    }

    @Test
    void tenantAdminSeesTheTenantsPeopleOnly() {
        TestTenants.Fixture other = tenants.create();
        open();

        assertThat(GridKt._findAll(grid())).extracting(AccountSummary::email).containsExactlyInAnyOrder(
                fixture.admin().email(), fixture.operator().email(), fixture.otherOperator().email(),
                fixture.clientUser().email()).doesNotContain(other.admin().email());
        AccountSummary client = row(fixture.clientUser().email());
        assertThat(GridKt._getFormattedRow(grid(), client)).contains("Client user", "Never");
    }

    @Test
    void filtersBySearchAndRole() {
        open();

        enter(_get(TextField.class, spec -> spec.withId("people-search")), "OPERATOR-");
        assertThat(GridKt._findAll(grid())).extracting(AccountSummary::email)
                .containsExactly(fixture.operator().email());

        enter(_get(TextField.class, spec -> spec.withId("people-search")), "");
        selectRole(_get(Select.class, spec -> spec.withId("people-role-filter")), AccountRole.OPERATOR);
        assertThat(GridKt._findAll(grid())).extracting(AccountSummary::email)
                .containsExactlyInAnyOrder(fixture.operator().email(), fixture.otherOperator().email());

        selectRole(_get(Select.class, spec -> spec.withId("people-role-filter")), AccountRole.TENANT_ADMIN);
        enter(_get(TextField.class, spec -> spec.withId("people-search")), "nobody-matches");
        assertThat(_find(Grid.class, spec -> spec.withId("people-grid"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("people-empty")).isVisible())
                .isTrue();
    }

    @Test
    void createsAnOperatorWhoCanSignIn() {
        open();
        String email = "new-" + suffix + "@example.test";

        fillNewUser(email, AccountRole.OPERATOR);
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        NotificationsKt.expectNotifications("New Colleague can now sign in.");
        assertThat(row(email).role()).isEqualTo(AccountRole.OPERATOR);
        assertThat(authenticate(email, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void seatLimitIsShownOnTheRoleField() {
        jdbc.update("update tenant set max_staff_seats = 3 where id = ?", fixture.tenantId());
        open();

        fillNewUser("seat-" + suffix + "@example.test", AccountRole.OPERATOR);
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        Select<?> role = _get(Select.class, spec -> spec.withId("account-role"));
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).startsWith("Your plan allows 3 active staff accounts.");
        assertThat(jdbc.queryForObject("select count(*) from login_email where email = ?", Integer.class,
                "seat-" + suffix + "@example.test")).isZero();
    }

    @Test
    void clientUsersNeedAClient() {
        open();

        fillNewUser("client-" + suffix + "@example.test", AccountRole.CLIENT);
        ComboBox<?> client = _get(ComboBox.class, spec -> spec.withId("account-client"));
        assertThat(client.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        assertThat(client.isInvalid()).isTrue();
        assertThat(client.getErrorMessage()).isEqualTo("Choose the client this user belongs to.");
        AccountForm withoutClient = new AccountForm();
        withoutClient.setEmail("client2-" + suffix + "@example.test");
        withoutClient.setDisplayName("No Client");
        withoutClient.setRole(AccountRole.CLIENT);
        assertThatThrownBy(() -> SignedIn.as(fixture.admin(), () -> accountService.create(withoutClient, PASSWORD)))
                .isInstanceOfSatisfying(app.communityops.shared.UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("account.error.clientRequired");
                    assertThat(refusal.field()).isEqualTo("clientId");
                });
    }

    @Test
    void createsAClientUserForAClient() {
        open();
        String email = "cu-" + suffix + "@example.test";

        fillNewUser(email, AccountRole.CLIENT);
        @SuppressWarnings("unchecked")
        ComboBox<app.communityops.clients.ClientSummary> client = _get(ComboBox.class,
                spec -> spec.withId("account-client"));
        client.setValue(client.getListDataView().getItems()
                .filter(candidate -> candidate.id().equals(fixture.otherClientId())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        AccountSummary created = row(email);
        assertThat(created.clientId()).isEqualTo(fixture.otherClientId());
        assertThat(GridKt._getFormattedRow(grid(), created)).contains("Other client " + fixture.name().substring(7));
    }

    @Test
    void editsNameAndRoleButNotTheEmail() {
        open();
        grid().select(row(fixture.otherOperator().email()));

        _click(_get(Button.class, spec -> spec.withId("edit-user")));
        assertThat(_get(EmailField.class, spec -> spec.withId("account-email")).isReadOnly()).isTrue();
        enter(_get(TextField.class, spec -> spec.withId("account-name")), "Renamed Operator");
        selectRole(_get(Select.class, spec -> spec.withId("account-role")), AccountRole.TENANT_ADMIN);
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        AccountSummary changed = row(fixture.otherOperator().email());
        assertThat(changed.displayName()).isEqualTo("Renamed Operator");
        assertThat(changed.role()).isEqualTo(AccountRole.TENANT_ADMIN);
    }

    @Test
    void disablingStopsSignInOnlyAfterTheRightPasswordAndEnablingRestoresIt() {
        open();
        grid().select(row(fixture.operator().email()));

        _click(_get(Button.class, spec -> spec.withId("toggle-user-enabled")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(row(fixture.operator().email()).enabled()).isFalse();
        assertThatThrownBy(() -> authenticate(fixture.operator().email(), TestTenants.PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> authenticate(fixture.operator().email(), "wrong-password-here"))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(_get(Button.class, spec -> spec.withId("toggle-user-enabled")).getText()).isEqualTo("Enable");
        _click(_get(Button.class, spec -> spec.withId("toggle-user-enabled")));

        assertThat(row(fixture.operator().email()).enabled()).isTrue();
        assertThat(authenticate(fixture.operator().email(), TestTenants.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void adminCannotDisableThemselves() {
        open();
        grid().select(row(fixture.admin().email()));

        _click(_get(Button.class, spec -> spec.withId("toggle-user-enabled")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        NotificationsKt.expectNotifications("You cannot disable your own account.");
        assertThat(row(fixture.admin().email()).enabled()).isTrue();
    }

    @Test
    void adminCannotChangeTheirOwnRole() {
        open();
        grid().select(row(fixture.admin().email()));

        _click(_get(Button.class, spec -> spec.withId("edit-user")));
        selectRole(_get(Select.class, spec -> spec.withId("account-role")), AccountRole.OPERATOR);
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        assertThat(_get(Select.class, spec -> spec.withId("account-role")).getErrorMessage())
                .isEqualTo("You cannot change your own role.");
    }

    @Test
    void enablingBeyondTheSeatLimitIsRefused() {
        jdbc.update("update tenant set max_staff_seats = 3 where id = ?", fixture.tenantId());
        open();
        grid().select(row(fixture.operator().email()));
        _click(_get(Button.class, spec -> spec.withId("toggle-user-enabled")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        NotificationsKt.clearNotifications();
        jdbc.update("update tenant set max_staff_seats = 2 where id = ?", fixture.tenantId());

        _click(_get(Button.class, spec -> spec.withId("toggle-user-enabled")));

        NotificationsKt.expectNotifications("Your plan allows 2 active staff accounts. Disable one or ask the platform"
                + " administrator for more seats.");
        assertThat(row(fixture.operator().email()).enabled()).isFalse();
    }

    @Test
    void resetPasswordShowsATemporaryPasswordThatSignsIn() {
        open();
        grid().select(row(fixture.clientUser().email()));

        _click(_get(Button.class, spec -> spec.withId("reset-user-password")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        String temporary = _get(TextField.class, spec -> spec.withId("temporary-password")).getValue();
        assertThat(temporary).hasSize(16);
        assertThat(authenticate(fixture.clientUser().email(), temporary).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticate(fixture.clientUser().email(), TestTenants.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        _click(_get(Button.class, spec -> spec.withId("temporary-password-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("temporary-password"))).isEmpty();
    }

    @Test
    void concurrentEditIsRefusedAndOffersReload() {
        open();
        grid().select(row(fixture.operator().email()));
        _click(_get(Button.class, spec -> spec.withId("edit-user")));
        SignedIn.run(fixture.admin(), () -> {
            AccountSummary current = accountService.find(java.util.List.of(fixture.operator().userId())).getFirst();
            AccountForm form = new AccountForm();
            form.setEmail(current.email());
            form.setDisplayName("Changed Meanwhile");
            form.setRole(current.role());
            accountService.update(current.id(), current.version(), form);
        });

        enter(_get(TextField.class, spec -> spec.withId("account-name")), "Mine");
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        _click(_get(Button.class, spec -> spec.withId("concurrent-edit-reload")));

        assertThat(row(fixture.operator().email()).displayName()).isEqualTo("Changed Meanwhile");
    }

    private void open() {
        login(fixture.admin());
        UI.getCurrent().navigate("people");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PeopleView.class);
    }

    private void fillNewUser(String email, AccountRole role) {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        enter(_get(EmailField.class, spec -> spec.withId("account-email")), email);
        enter(_get(TextField.class, spec -> spec.withId("account-name")), "New Colleague");
        selectRole(_get(Select.class, spec -> spec.withId("account-role")), role);
        enter(_get(PasswordField.class, spec -> spec.withId("account-password")), PASSWORD);
    }

    @SuppressWarnings("unchecked")
    private static void selectRole(Select<?> select, AccountRole role) {
        enter((Select<AccountRole>) select, role);
    }

    /** Karibu's own value setter does not match this Vaadin version's internals; a plain set does the job. */
    private static <V> void enter(HasValue<?, V> field, V value) {
        assertThat(field.isReadOnly()).isFalse();
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("people-grid"));
    }

    private AccountSummary row(String email) {
        return GridKt._findAll(grid()).stream().filter(account -> account.email().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + email));
    }

    private Authentication authenticate(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}

package app.communityops.clients.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.audit.AuditLog;
import app.communityops.audit.AuditQuery;
import app.communityops.audit.AuditRecord;
import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientsViewTest extends KaribuTest {

    @Autowired
    ClientService clients;
    @Autowired
    AuditLog audit;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("clients");
    }

    @Test
    void clientUsersAreDenied() {
        assertDenied("clients", tenant.clientUser());
        _assertNone(ClientsView.class);
    }

    @Test
    void operatorsAndPlatformAdminsAreDenied() {
        assertDenied("clients", tenant.operator());
        logout();
        assertDenied("clients", tenants.platformAdmin());
        _assertNone(ClientsView.class);
    }

    @Test
    void tenantAdminSeesTheTenantsClients() {
        login(tenant.admin());
        UI.getCurrent().navigate("clients");

        assertThat(rows()).extracting(ClientSummary::id)
                .containsExactlyInAnyOrder(tenant.clientId(), tenant.otherClientId());

        _get(TextField.class, spec -> spec.withId("client-search")).setValue("other");
        assertThat(rows()).extracting(ClientSummary::id).containsExactly(tenant.otherClientId());
    }

    @Test
    void tenantAdminAddsAClient() {
        login(tenant.admin());
        UI.getCurrent().navigate("clients");
        _click(_get(Button.class, spec -> spec.withId("new-client")));

        _get(TextField.class, spec -> spec.withId("client-name")).setValue("Sunrise Bakery");
        _get(TextField.class, spec -> spec.withId("client-contact-name")).setValue("Tom Baker");
        _get(EmailField.class, spec -> spec.withId("client-contact-email")).setValue("tom@sunrise.test");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        int row = rows().stream().map(ClientSummary::name).toList().indexOf("Sunrise Bakery");
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormatted(grid(), row, "contact")).isEqualTo("Tom Baker");
        assertThat(GridKt._getFormatted(grid(), row, "email")).isEqualTo("tom@sunrise.test");
    }

    @Test
    void aBlankNameIsRequiredAndATakenNameIsShownOnTheField() {
        login(tenant.admin());
        UI.getCurrent().navigate("clients");
        _click(_get(Button.class, spec -> spec.withId("new-client")));
        TextField name = _get(TextField.class, spec -> spec.withId("client-name"));

        _click(_get(Button.class, spec -> spec.withId("client-save")));
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");

        name.setValue(rows().getFirst().name().toUpperCase());
        _click(_get(Button.class, spec -> spec.withId("client-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("client.error.nameTaken"));
        assertThat(rows()).hasSize(2);
    }

    @Test
    void aConcurrentEditIsReportedAndDoesNotOverwrite() {
        login(tenant.admin());
        UI.getCurrent().navigate("clients");
        _click((Button) GridKt._getCellComponent(grid(), rowOf(tenant.clientId()), "actions"));

        SignedIn.run(tenant.admin(), () -> {
            ClientSummary current = clients.find(tenant.clientId()).orElseThrow();
            ClientForm theirs = ClientForm.of(current);
            theirs.setNotes("their notes");
            clients.update(current.id(), current.version(), theirs);
        });
        _get(TextField.class, spec -> spec.withId("client-name")).setValue("My rename");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains(UI.getCurrent().getTranslation("error.concurrentEdit"));
        ClientSummary stored = SignedIn.as(tenant.admin(), () -> clients.find(tenant.clientId())).orElseThrow();
        assertThat(stored.name()).isNotEqualTo("My rename");
        assertThat(stored.notes()).isEqualTo("their notes");
        assertThat(_get(Button.class, spec -> spec.withId("client-reload")).isVisible()).isTrue();
    }

    @Test
    void theTenantAdminGrantsContactAccessOnTheClientsPageAfterConfirmingAndItIsAudited() {
        login(tenant.admin());
        UI.getCurrent().navigate("clients");
        assertThat(grantCell()).isEqualTo("Not granted");
        _click((Button) GridKt._getCellComponent(grid(), rowOf(tenant.clientId()), "actions"));
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("client-contact-access-toggle"));
        assertThat(toggle.getValue()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("client-contact-access-explanation")).getText())
                .contains("handles", "phone numbers", "no member export");

        // Cancelling the confirmation changes nothing.
        toggle.setValue(true);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("client-contact-access-confirm")));
        assertThat(toggle.getValue()).isFalse();
        assertThat(stored().contactAccess()).isFalse();

        toggle.setValue(true);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("client-contact-access-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Grant contact access?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(stored().contactAccess()).isTrue();
        assertThat(grantCell()).isEqualTo("Granted");
        List<AuditRecord> entries = SignedIn.as(tenant.admin(), () -> audit.search(
                new AuditQuery(null, "Client", null, null), 0, 50));
        assertThat(entries).filteredOn(entry -> tenant.clientId().toString().equals(entry.entityId()))
                .extracting(AuditRecord::changes).anyMatch(changes -> changes.contains("contactAccess"));

        // The client's page stays usable: a save after the grant is not a concurrent edit.
        _get(TextField.class, spec -> spec.withId("client-name")).setValue("Renamed after grant");
        _click(_get(Button.class, spec -> spec.withId("client-save")));
        assertThat(stored().name()).isEqualTo("Renamed after grant");
        assertThat(stored().contactAccess()).isTrue();
    }

    @Test
    void onlyTheTenantAdminMayChangeTheGrantAndAClientUserMayAskOnlyAboutItsOwn() {
        ClientSummary current = stored();
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(),
                () -> clients.setContactAccess(current.id(), current.version(), true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(),
                () -> clients.setContactAccess(current.id(), current.version(), true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(), () -> clients.contactAccess(tenant.otherClientId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(SignedIn.as(tenant.clientUser(), () -> clients.contactAccess(tenant.clientId()))).isFalse();
    }

    private String grantCell() {
        return ((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(grid(), rowOf(tenant.clientId()),
                "contactAccess")).getText();
    }

    private ClientSummary stored() {
        return SignedIn.as(tenant.admin(), () -> clients.find(tenant.clientId())).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("clients-grid"));
    }

    private static List<ClientSummary> rows() {
        Grid<ClientSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static int rowOf(UUID id) {
        return rows().stream().map(ClientSummary::id).toList().indexOf(id);
    }
}

package app.communityops.members.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MemberTierSummary;
import app.communityops.members.MembershipStatus;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MemberListsViewTest extends KaribuTest {

    @Autowired
    MemberTestData data;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTheTenantAdminOpensTheLists() {
        assertSignInRequired("settings/members");
        assertDenied("settings/members", tenant.operator());
        assertDenied("settings/members", tenant.clientUser());
    }

    @Test
    void theAdminAddsRenamesAndDeletesTiers() {
        login(tenant.admin());
        UI.getCurrent().navigate("settings/members");

        _click(_get(Button.class, spec -> spec.withId("add-tier")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("list-entry-rank")).getValue()).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("list-entry-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("list-entry-name")).getErrorMessage()).isEqualTo("Required");
        _get(TextField.class, spec -> spec.withId("list-entry-name")).setValue("Gold");
        _click(_get(Button.class, spec -> spec.withId("list-entry-save")));
        assertThat(GridKt._findAll(tiers())).extracting(MemberTierSummary::name).containsExactly("Gold");

        _click(_get(Button.class, spec -> spec.withId("add-tier")));
        _get(TextField.class, spec -> spec.withId("list-entry-name")).setValue("gold");
        _click(_get(Button.class, spec -> spec.withId("list-entry-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("list-entry-name")).getErrorMessage())
                .isEqualTo("This name is already in the list.");
        _get(TextField.class, spec -> spec.withId("list-entry-name")).setValue("Diamond");
        _click(_get(Button.class, spec -> spec.withId("list-entry-save")));

        MemberTierSummary gold = GridKt._get(tiers(), 0);
        _click(cellButton(tiers(), 0, "edit-tier-" + gold.id()));
        _get(TextField.class, spec -> spec.withId("list-entry-name")).setValue("Gold card");
        _click(_get(Button.class, spec -> spec.withId("list-entry-save")));
        assertThat(GridKt._findAll(tiers())).extracting(MemberTierSummary::name).containsExactly("Gold card", "Diamond");

        _click(cellButton(tiers(), 0, "delete-tier-" + gold.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(GridKt._findAll(tiers())).extracting(MemberTierSummary::name).containsExactly("Diamond");
    }

    @Test
    void aChannelInUseIsKeptWithAClearMessage() {
        UUID forum = data.channel(tenant.tenantId(), "Tech forum");
        data.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Ann", "ann", MembershipStatus.JOINED).channel(forum)));
        login(tenant.admin());
        UI.getCurrent().navigate("settings/members");

        _click(cellButton(_get(Grid.class, spec -> spec.withId("channels-grid")), 0, "delete-channel-" + forum));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Tech forum is still in use (members: 1, community positionings: 0). Move them to another channel first.");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("channels-grid")))).isOne();
    }

    private static Button cellButton(Grid<?> grid, int row, String id) {
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(child -> child.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberTierSummary> tiers() {
        return _get(Grid.class, spec -> spec.withId("tiers-grid"));
    }
}

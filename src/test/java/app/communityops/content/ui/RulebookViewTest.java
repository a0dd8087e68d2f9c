package app.communityops.content.ui;

import static app.communityops.content.ui.ContentUi.button;
import static app.communityops.content.ui.ContentUi.byId;
import static app.communityops.content.ui.ContentUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.content.ContentFixtures;
import app.communityops.content.ContentNavigation;
import app.communityops.content.RulebookItemDetails;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RulebookViewTest extends KaribuTest {

    @Autowired RulebookService rulebook;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(ContentNavigation::rulebookPath, tenant);
        assertNotFound("communities/not-a-uuid/rulebook", tenant.operator());
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(ContentNavigation.rulebookPath(tenant.communityId()), tenants.platformAdmin());
    }

    @Test
    void anOperatorWritesRewordsAndRemovesRulesAndSeesTheirHistory() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        assertThat(text("rulebook-forbidden")).contains("Nothing written down yet.");

        byId(TextArea.class, "rulebook-add-text-forbidden").setValue("No ads");
        _click(button("rulebook-add-forbidden"));
        RulebookItemDetails item = SignedIn.as(tenant.operator(), () -> rulebook.items(tenant.communityId()))
                .getFirst();
        assertThat(text("rulebook-item-" + item.id())).isEqualTo("No ads");

        _click(button("rulebook-edit-" + item.id()));
        byId(TextArea.class, "text-edit-value").setValue("No ads or QR codes");
        _click(button("text-edit-save"));
        assertThat(text("rulebook-item-" + item.id())).isEqualTo("No ads or QR codes");

        _click(button("rulebook-history-" + item.id()));
        Grid<?> history = byId(Grid.class, "history-grid");
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getCellComponent(history, 1, "text").getElement().getText()).isEqualTo("No ads");
        _click(button("history-close"));

        _click(button("rulebook-remove-" + item.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        _assertNone(Component.class, spec -> spec.withId("rulebook-item-" + item.id()));
    }

    @Test
    void aBlankItemIsRefusedBesideTheField() {
        login(tenant.admin());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        _click(button("rulebook-add-encouraged"));
        TextArea field = byId(TextArea.class, "rulebook-add-text-encouraged");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Write something first.");
    }

    @Test
    void redLinesAreAddedHereAndKeepTheirHistory() {
        login(tenant.admin());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        byId(TextField.class, "red-line-add-text").setValue("发广告 / posting ads");
        _click(button("red-line-add"));
        assertThat(text("rulebook-red-lines")).contains("发广告 / posting ads", "Active");
    }

    @Test
    void clientUsersReadTheRulebookWithoutEditing() {
        SignedIn.run(tenant.admin(), () -> {
            rulebook.add(tenant.communityId(), RulebookKind.SLOGAN, "Grow together");
            rulebook.uploadLogo(tenant.communityId(), null, "logo.png", ContentFixtures.PNG);
        });
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        assertThat(text("rulebook-slogan")).contains("Grow together");
        assertThat(byId(Image.class, "rulebook-logo-image").getSrc()).isNotBlank();
        assertThat(text("rulebook-logo-meta")).contains("logo.png", "image/png");
        _assertNone(Component.class, spec -> spec.withId("rulebook-add-encouraged"));
        _assertNone(Component.class, spec -> spec.withId("rulebook-logo-upload"));
        _assertNone(Component.class, spec -> spec.withId("red-line-add"));
    }

    @Test
    void theMenuEntryGoesStraightToTheOnlyCommunity() {
        login(tenant.operator());
        UI.getCurrent().navigate("rulebook");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RulebookView.class);
        login(tenant.admin());
        UI.getCurrent().navigate("rulebook");
        assertThat(text("rulebook-entry-communities")).contains("Unassigned");
    }
}

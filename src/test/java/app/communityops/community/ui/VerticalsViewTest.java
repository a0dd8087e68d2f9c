package app.communityops.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.community.VerticalService;
import app.communityops.community.VerticalSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VerticalsViewTest extends KaribuTest {

    @Autowired
    VerticalService verticals;
    @Autowired
    CommunityService communities;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTheTenantAdminOpensTheSettings() {
        assertSignInRequired("settings/verticals");
        assertDenied("settings/verticals", tenant.operator());
        assertDenied("settings/verticals", tenant.clientUser());
    }

    @Test
    void theDefaultsShowTranslatedWithTheirCommunities() {
        usesFirstVertical();
        login(tenant.admin());
        UI.getCurrent().navigate("settings/verticals");
        Grid<VerticalSummary> grid = grid();
        assertThat(IntStream.range(0, 5).mapToObj(row -> GridKt._getFormatted(grid, row, "name")).toList())
                .containsExactly("Education", "Retail", "SaaS", "Finance", "Other");
        assertThat(GridKt._getFormatted(grid, 0, "communities")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 1, "communities")).isEqualTo("0");
    }

    @Test
    void theAdminAddsAndRenamesAVertical() {
        login(tenant.admin());
        UI.getCurrent().navigate("settings/verticals");
        _click(_get(Button.class, spec -> spec.withId("add-vertical")));
        _get(TextField.class, spec -> spec.withId("vertical-name")).setValue("Health");
        _click(_get(Button.class, spec -> spec.withId("vertical-save")));
        assertThat(GridKt._getFormatted(grid(), 5, "name")).isEqualTo("Health");

        _click(action(0, "edit-vertical-"));
        TextField name = _get(TextField.class, spec -> spec.withId("vertical-name"));
        assertThat(name.getValue()).isEqualTo("Education");
        name.setValue("health");
        _click(_get(Button.class, spec -> spec.withId("vertical-save")));
        assertThat(name.isInvalid()).as("the name is taken").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("vertical.error.nameTaken"));
        name.setValue("Tutoring");
        _click(_get(Button.class, spec -> spec.withId("vertical-save")));
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo("Tutoring");
    }

    @Test
    void removingAnUnusedOneAsksFirstAndAUsedOneAsksWhereItsCommunitiesGo() {
        usesFirstVertical();
        login(tenant.admin());
        UI.getCurrent().navigate("settings/verticals");
        _click(action(1, "delete-vertical-"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(names()).containsExactly("Education", "SaaS", "Finance", "Other");

        _click(action(0, "delete-vertical-"));
        _click(_get(Button.class, spec -> spec.withId("vertical-move-confirm")));
        @SuppressWarnings("unchecked")
        Select<VerticalSummary> moveTo = _get(Select.class, spec -> spec.withId("vertical-move-to"));
        assertThat(moveTo.isInvalid()).as("a vertical to move to is required").isTrue();
        VerticalSummary other = moveTo.getListDataView().getItems().filter(v -> "other".equals(v.seedKey()))
                .findFirst().orElseThrow();
        moveTo.setValue(other);
        _click(_get(Button.class, spec -> spec.withId("vertical-move-confirm")));
        assertThat(names()).containsExactly("SaaS", "Finance", "Other");
        assertThat(SignedIn.as(tenant.admin(), () -> communities.readable(tenant.communityId())).verticalId())
                .isEqualTo(other.id());
    }

    private void usesFirstVertical() {
        SignedIn.run(tenant.admin(), () -> {
            CommunitySummary community = communities.readable(tenant.communityId());
            CommunityForm form = CommunityForm.of(community);
            form.setVerticalId(verticals.verticals().getFirst().id());
            communities.update(community.id(), community.version(), form);
        });
    }

    /** The row's button whose id starts with {@code prefix} (the row's vertical id follows). */
    private static Button action(int row, String prefix) {
        VerticalSummary vertical = GridKt._get(grid(), row);
        return (Button) GridKt._getCellComponent(grid(), row, "actions").getChildren()
                .filter(button -> button.getId().orElse("").equals(prefix + vertical.id())).findFirst()
                .orElseThrow();
    }

    private List<String> names() {
        Grid<VerticalSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row, "name"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<VerticalSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("verticals-grid"));
    }
}

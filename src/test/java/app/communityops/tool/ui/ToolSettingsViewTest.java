package app.communityops.tool.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.tool.CategorySummary;
import app.communityops.tool.ToolSettingsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ToolSettingsViewTest extends KaribuTest {

    @Autowired
    ToolSettingsService settings;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTheTenantAdminMayOpenIt() {
        UI.getCurrent().navigate("settings/tools");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login(tenant.operator());
        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/tools"))
                .isInstanceOf(MockAccessDeniedException.class);
        logout();
        login(tenant.clientUser());
        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/tools"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ToolSettingsView.class);
    }

    @Test
    void theAdminAddsDeletesCategoriesAndSetsTheDaysAhead() {
        login(tenant.admin());
        UI.getCurrent().navigate("settings/tools");
        assertThat(rows()).hasSize(8);

        _get(TextField.class, spec -> spec.withId("tool-new-category")).setValue("Live streaming 直播");
        _click(_get(Button.class, spec -> spec.withId("tool-add-category")));
        assertThat(rows()).extracting(CategorySummary::name).contains("Live streaming 直播").hasSize(9);

        TextField duplicate = _get(TextField.class, spec -> spec.withId("tool-new-category"));
        duplicate.setValue("live streaming 直播");
        _click(_get(Button.class, spec -> spec.withId("tool-add-category")));
        assertThat(duplicate.isInvalid()).isTrue();

        CategorySummary added = rows().stream().filter(c -> c.name().startsWith("Live")).findFirst().orElseThrow();
        _get(ToolSettingsView.class).delete(added);
        assertThat(rows()).hasSize(8);

        IntegerField days = _get(IntegerField.class, spec -> spec.withId("tool-reminder-days"));
        assertThat(days.getValue()).isEqualTo(30);
        days.setValue(14);
        _click(_get(Button.class, spec -> spec.withId("tool-reminder-save")));
        assertThat(SignedIn.as(tenant.admin(), settings::reminderDays)).isEqualTo(14);
        days.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("tool-reminder-save")));
        assertThat(days.isInvalid()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<CategorySummary> rows() {
        Grid<CategorySummary> grid = _get(Grid.class, spec -> spec.withId("tool-categories-grid"));
        return GridKt._fetch(grid, 0, 100);
    }
}

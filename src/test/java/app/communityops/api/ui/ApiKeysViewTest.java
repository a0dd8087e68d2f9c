package app.communityops.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.api.ApiKeyService;
import app.communityops.api.ApiKeySummary;
import app.communityops.api.ApiScope;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiKeysViewTest extends KaribuTest {

    @Autowired
    ApiKeyService keys;

    private TestTenants.Fixture tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @Test
    void anAdminCreatesAKeyAndSeesItsTokenOnceThenRevokesItAfterConfirming() {
        login(tenant.admin());
        UI.getCurrent().navigate(ApiKeysView.class);
        _get(Div.class, spec -> spec.withId("api-keys-empty"));
        _click(_get(Button.class, spec -> spec.withId("new-api-key")));
        _get(TextField.class, spec -> spec.withId("api-key-name")).setValue("WeCom bot");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-key-scopes"));
        scopes.setValue(Set.of(ApiScope.READ, ApiScope.WRITE_EVENTS));
        _click(_get(Button.class, spec -> spec.withId("api-key-save")));

        String token = _get(TextField.class, spec -> spec.withId("api-key-token")).getValue();
        assertThat(token).startsWith("co_");
        _click(_get(Button.class, spec -> spec.withId("api-key-token-close")));
        _assertNone(TextField.class, spec -> spec.withId("api-key-token"));

        ApiKeySummary key = SignedIn.as(tenant.admin(), () -> keys.list()).getFirst();
        assertThat(key.name()).isEqualTo("WeCom bot");
        assertThat(key.hint()).endsWith(token.substring(token.length() - 4));
        assertThat(key.lastUsedAt()).isNull();
        @SuppressWarnings("unchecked")
        Grid<ApiKeySummary> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Never");
        assertThat(GridKt._getCellComponent(grid, 0, "status").getElement().getText()).isEqualTo("Active");

        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.admin(), () -> keys.list()).getFirst().revokedAt()).isNotNull();
        assertThat(GridKt._getCellComponent(grid, 0, "status").getElement().getText()).isEqualTo("Revoked");
        assertThat(GridKt._getCellComponent(grid, 0, "actions").isVisible()).isFalse();
    }

    @Test
    void aDuplicateNameIsShownBesideTheField() {
        login(tenant.admin());
        UI.getCurrent().navigate(ApiKeysView.class);
        for (int i = 0; i < 2; i++) {
            _click(_get(Button.class, spec -> spec.withId("new-api-key")));
            _get(TextField.class, spec -> spec.withId("api-key-name")).setValue("Shop");
            @SuppressWarnings("unchecked")
            CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-key-scopes"));
            scopes.setValue(Set.of(ApiScope.READ));
            _click(_get(Button.class, spec -> spec.withId("api-key-save")));
            if (i == 0) {
                _click(_get(Button.class, spec -> spec.withId("api-key-token-close")));
            }
        }
        TextField name = _get(TextField.class, spec -> spec.withId("api-key-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A key with this name exists.");
    }

    @Test
    void operatorsAndClientsMayNotOpenTheScreen() {
        login(tenant.operator());
        assertThatThrownBy(() -> UI.getCurrent().navigate(ApiKeysView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        logout();
        login(tenant.clientUser());
        assertThatThrownBy(() -> UI.getCurrent().navigate(ApiKeysView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}

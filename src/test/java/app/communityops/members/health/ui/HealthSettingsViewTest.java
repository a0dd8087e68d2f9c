package app.communityops.members.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.HealthSegment;
import app.communityops.members.MemberHealthNavigation;
import app.communityops.members.health.HealthSettings;
import app.communityops.members.health.HealthSettingsService;
import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HealthSettingsViewTest extends KaribuTest {

    @Autowired
    HealthSettingsService service;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTheTenantAdminMayOpenIt() {
        UI.getCurrent().navigate(MemberHealthNavigation.SETTINGS_ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login(tenant.operator());
        assertThatThrownBy(() -> UI.getCurrent().navigate(MemberHealthNavigation.SETTINGS_ROUTE))
                .isInstanceOf(MockAccessDeniedException.class);
        logout();
        login(tenant.clientUser());
        assertThatThrownBy(() -> UI.getCurrent().navigate(MemberHealthNavigation.SETTINGS_ROUTE))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theAdminSeesTheDefaultsEveryReasonAndAnErrorBesideTheFieldInTheWrongOrder() {
        login(tenant.admin());
        UI.getCurrent().navigate(MemberHealthNavigation.SETTINGS_ROUTE);
        assertThat(field("championMin").getValue()).isEqualTo(HealthSettings.DEFAULTS.championMin());
        assertThat(field("dormantDays").getValue()).isEqualTo(HealthSettings.DEFAULTS.dormantDays());
        assertThat(lines()).extracting(HealthSettingsView.SegmentLine::segment)
                .containsExactlyInAnyOrder(HealthSegment.values());
        assertThat(_get(Span.class, spec -> spec.withId("member-health-as-of")).getText())
                .contains("not been computed");

        field("steadyMin").setValue(75);
        assertThat(field("championMin").isInvalid()).isTrue();
        assertThat(field("championMin").getErrorMessage()).contains("above steady");
        assertThat(lines()).allSatisfy(line -> assertThat(line.preview()).isNull());
        _click(_get(Button.class, spec -> spec.withId("member-health-save")));
        assertThat(SignedIn.as(tenant.admin(), service::overview).settings()).isEqualTo(HealthSettings.DEFAULTS);

        field("steadyMin").setValue(50);
        assertThat(field("championMin").isInvalid()).isFalse();
        assertThat(lines()).allSatisfy(line -> assertThat(line.preview()).isZero());
        _click(_get(Button.class, spec -> spec.withId("member-health-save")));
        assertThat(SignedIn.as(tenant.admin(), service::overview).settings().steadyMin()).isEqualTo(50);
        assertThat(_get(Span.class, spec -> spec.withId("member-health-as-of")).getText())
                .contains("runs within a minute");
    }

    @Test
    void resetToDefaultsAsksFirst() {
        SignedIn.as(tenant.admin(), () -> service.save(new HealthSettings(90, 60, 40, 20, 7, 30, 8, 0)));
        login(tenant.admin());
        UI.getCurrent().navigate(MemberHealthNavigation.SETTINGS_ROUTE);
        assertThat(field("championMin").getValue()).isEqualTo(90);

        _click(_get(Button.class, spec -> spec.withId("member-health-reset")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(SignedIn.as(tenant.admin(), service::overview).settings().championMin()).as("not yet").isEqualTo(90);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(field("championMin").getValue()).isEqualTo(HealthSettings.DEFAULTS.championMin());
        assertThat(SignedIn.as(tenant.admin(), service::overview).settings())
                .isEqualTo(HealthSettings.DEFAULTS.withVersion(2));
    }

    private static IntegerField field(String name) {
        return _get(IntegerField.class, spec -> spec.withId("member-health-" + name));
    }

    @SuppressWarnings("unchecked")
    private static List<HealthSettingsView.SegmentLine> lines() {
        Grid<HealthSettingsView.SegmentLine> grid = _get(Grid.class, spec -> spec.withId("member-health-segments"));
        return GridKt._fetch(grid, 0, 10);
    }
}

package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.CanvasService;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.TargetService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ManageViewTest extends KaribuTest {

    @Autowired CanvasService canvases;
    @Autowired TargetService targets;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(ManageViewTest::manage, tenant);
        assertNotFound("communities/not-an-id/manage", tenant.admin());
    }

    @Test
    void anOperatorSetsATargetAndTheTableShowsItsStatus() {
        login(tenant.operator());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        Grid<KpiValue> table = table();
        assertThat(GridKt._size(table)).isEqualTo(Kpi.values().length);
        assertThat(status(Kpi.MEMBERS_NEW)).isEqualTo("No target");
        @SuppressWarnings("unchecked")
        Select<Kpi> kpi = _get(Select.class, spec -> spec.withId("target-kpi"));
        kpi.setValue(Kpi.MEMBERS_NEW);
        _get(BigDecimalField.class, spec -> spec.withId("target-value")).setValue(new BigDecimal("5"));
        _click(_get(Button.class, spec -> spec.withId("target-set")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("targets-grid")))).isEqualTo(1);
        assertThat(status(Kpi.MEMBERS_NEW)).isEqualTo("Below target");
        Button remove = (Button) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("targets-grid")), 0,
                "remove");
        assertThat(remove.getId()).contains("target-remove-MEMBERS_NEW");
        _click(remove);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("targets-grid")))).isZero();
        assertThat(((Span) GridKt._getCellComponent(table(), Kpi.CHURN_RATE.ordinal(), "kpi")).getText())
                .contains("lower is better");
        _assertNone(BigDecimalField.class, spec -> spec.withId("threshold-green"));
        _assertNone(Button.class, spec -> spec.withId("rollup-rebuild"));
    }

    @Test
    void theTenantAdminRebuildsTheRollupsInTheBackground() {
        login(tenant.admin());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        Button rebuild = _get(Button.class, spec -> spec.withId("rollup-rebuild"));
        _click(rebuild);
        assertThat(rebuild.isEnabled()).isFalse();
        _get(RebuildButton.class, spec -> spec.withId("rollup-rebuild-panel")).work().join();
        MockVaadin.clientRoundtrip(false);
        assertThat(rebuild.isEnabled()).isTrue();
        _assertNone(ProgressBar.class, spec -> spec.withId("rollup-progress"));
    }

    @Test
    void staffSaveTheCanvas() {
        login(tenant.admin());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        _get(TextArea.class, spec -> spec.withId("canvas-core-goal")).setValue("Sell the bootcamp");
        _click(_get(Button.class, spec -> spec.withId("canvas-save")));
        assertThat(SignedIn.as(tenant.admin(), () -> canvases.find(tenant.communityId())).coreGoal())
                .isEqualTo("Sell the bootcamp");
        _get(BigDecimalField.class, spec -> spec.withId("threshold-amber")).setValue(new BigDecimal("80"));
        _click(_get(Button.class, spec -> spec.withId("thresholds-save")));
        assertThat(SignedIn.as(tenant.admin(), () -> targets.thresholds()).amberPercent()).isEqualByComparingTo("80");
    }

    @Test
    void clientUsersReadWithoutEditing() {
        SignedIn.run(tenant.operator(), () -> targets.set(tenant.communityId(),
                KpiPeriod.of(PeriodKind.MONTH, LocalDate.now()), Kpi.MEMBERS_TOTAL, BigDecimal.ZERO, -1));
        login(tenant.clientUser());
        UI.getCurrent().navigate(manage(tenant.communityId()));
        assertThat(status(Kpi.MEMBERS_TOTAL)).isEqualTo("On target");
        assertThat(_get(TextArea.class, spec -> spec.withId("canvas-core-goal")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("canvas-save"));
        _assertNone(Button.class, spec -> spec.withId("target-set"));
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Manage: ");
    }

    @SuppressWarnings("unchecked")
    private static Grid<KpiValue> table() {
        return _get(Grid.class, spec -> spec.withId("kpi-table"));
    }

    private static String status(Kpi kpi) {
        return ((Span) GridKt._getCellComponent(table(), kpi.ordinal(), "status")).getText();
    }

    private static String manage(java.util.UUID community) {
        return "communities/" + community + "/manage";
    }
}

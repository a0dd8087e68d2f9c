package app.communityops.tool.ui;

import static app.communityops.tool.ToolTestData.form;
import static app.communityops.tool.ToolTestData.usage;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.community.CommunitySummary;
import app.communityops.security.ui.LoginView;
import app.communityops.shared.ui.echarts.EChart;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.tool.BillingPeriod;
import app.communityops.tool.CategorySummary;
import app.communityops.tool.CostSplit;
import app.communityops.tool.CostTotal;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolStatus;
import app.communityops.tool.ToolSummary;
import app.communityops.tool.ToolTestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ToolsViewTest extends KaribuTest {

    @Autowired
    ToolService tools;
    @Autowired
    ToolSettingsService settings;

    Fixture tenant;
    UUID category;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        category = ToolTestData.category(settings, tenant);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("tools");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void clientsAndPlatformAdminsAreDenied() {
        login(tenant.clientUser());
        assertThatThrownBy(() -> UI.getCurrent().navigate("tools")).isInstanceOf(MockAccessDeniedException.class);
        logout();
        login(tenants.platformAdmin());
        assertThatThrownBy(() -> UI.getCurrent().navigate("tools")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ToolsView.class);
    }

    @Test
    void anEmptyInventorySaysSo() {
        login(tenant.admin());
        UI.getCurrent().navigate("tools");
        assertThat(_get(Div.class, spec -> spec.withId("tools-empty")).isVisible()).isTrue();
        _assertNone(Grid.class, spec -> spec.withId("tools-grid"));
        _assertNone(EChart.class);
    }

    @Test
    void operatorsSeeToolsTotalsAndTheChartButCannotAdd() {
        ToolTestData.create(tools, tenant, form("SCRM", category, "1200", "CNY", BillingPeriod.YEAR, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"), usage(tenant.unassignedCommunityId(), "1"))));
        ToolTestData.create(tools, tenant, form("Analytics", category, "20", "USD", BillingPeriod.MONTH,
                CostSplit.EVEN, List.of()));
        login(tenant.operator());
        UI.getCurrent().navigate("tools");

        assertThat(rows()).extracting(ToolSummary::name).containsExactly("Analytics", "SCRM");
        _assertNone(Button.class, spec -> spec.withId("new-tool"));
        assertThat(totals("tools-totals-category")).extracting(CostTotal::currency).containsExactly("CNY", "USD");
        assertThat(totals("tools-totals-community")).extracting(CostTotal::key).containsExactly(tenant.communityId());
        EChart chart = _get(EChart.class);
        assertThat(chart.getSpec()).isNotNull();
        assertThat(chart.getSpec().table()).containsExactly(List.of("Category", "CNY", "USD"),
                List.of(settings.categories().getFirst().name(), "100", "20"));

        _get(TextField.class, spec -> spec.withId("tool-search")).setValue("scr");
        assertThat(rows()).extracting(ToolSummary::name).containsExactly("SCRM");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheGrid() {
        ToolTestData.create(tools, tenant, form("Used", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"))));
        ToolTestData.create(tools, tenant, form("Unused", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                List.of()));
        login(tenant.admin());
        UI.getCurrent().navigate("tools");
        ComboBox<CommunitySummary> community = _get(ComboBox.class, spec -> spec.withId("tool-filter-community"));
        community.setValue(community.getListDataView().getItems().filter(c -> c.id().equals(tenant.communityId()))
                .findFirst().orElseThrow());
        assertThat(rows()).extracting(ToolSummary::name).containsExactly("Used");
        community.clear();
        ComboBox<ToolStatus> status = _get(ComboBox.class, spec -> spec.withId("tool-filter-status"));
        status.setValue(ToolStatus.TRIAL);
        assertThat(rows()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminAddsASharedToolSplitByWeight() {
        login(tenant.admin());
        UI.getCurrent().navigate("tools");
        _click(_get(Button.class, spec -> spec.withId("new-tool")));

        _get(TextField.class, spec -> spec.withId("tool-name")).setValue("微伴助手");
        ComboBox<CategorySummary> categoryField = _get(ComboBox.class, spec -> spec.withId("tool-category"));
        categoryField.setValue(categoryField.getListDataView().getItem(0));
        _get(BigDecimalField.class, spec -> spec.withId("tool-cost")).setValue(new BigDecimal("1200"));
        _get(ComboBox.class, spec -> spec.withId("tool-currency")).setValue("CNY");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("tool-period"))
                .setValue(BillingPeriod.YEAR);
        _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("tool-split"))
                .setValue(CostSplit.WEIGHT);
        MultiSelectComboBox<CommunitySummary> used = _get(MultiSelectComboBox.class,
                spec -> spec.withId("tool-communities"));
        used.setValue(used.getListDataView().getItems().filter(c -> c.id().equals(tenant.communityId())
                || c.id().equals(tenant.unassignedCommunityId())).toList());
        _get(BigDecimalField.class, spec -> spec.withId("tool-weight-" + tenant.communityId()))
                .setValue(new BigDecimal("3"));
        _click(_get(Button.class, spec -> spec.withId("tool-save")));

        ToolSummary saved = rows().getFirst();
        assertThat(saved.name()).isEqualTo("微伴助手");
        assertThat(saved.usages()).extracting(u -> u.monthlyShare().toPlainString())
                .containsExactlyInAnyOrder("75.00", "25.00");
        _assertNone(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("tool-dialog"));
    }

    @Test
    void aRefusedSaveShowsBesideTheField() {
        ToolTestData.create(tools, tenant, form("Taken", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                List.of()));
        login(tenant.admin());
        UI.getCurrent().navigate("tools");
        _click(_get(Button.class, spec -> spec.withId("new-tool")));
        TextField name = _get(TextField.class, spec -> spec.withId("tool-name"));
        name.setValue("taken");
        @SuppressWarnings("unchecked")
        ComboBox<CategorySummary> categoryField = _get(ComboBox.class, spec -> spec.withId("tool-category"));
        categoryField.setValue(categoryField.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("tool-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A tool with this name already exists");
    }

    @SuppressWarnings("unchecked")
    private static List<ToolSummary> rows() {
        Grid<ToolSummary> grid = _get(Grid.class, spec -> spec.withId("tools-grid"));
        return GridKt._fetch(grid, 0, 100);
    }

    @SuppressWarnings("unchecked")
    private static List<CostTotal> totals(String id) {
        Grid<CostTotal> grid = _get(Grid.class, spec -> spec.withId(id));
        return GridKt._fetch(grid, 0, 100);
    }
}

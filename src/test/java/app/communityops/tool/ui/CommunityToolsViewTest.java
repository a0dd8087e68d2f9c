package app.communityops.tool.ui;

import static app.communityops.tool.ToolTestData.form;
import static app.communityops.tool.ToolTestData.usage;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.tool.BillingPeriod;
import app.communityops.tool.CommunityTool;
import app.communityops.tool.CostSplit;
import app.communityops.tool.ToolNavigation;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolTestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommunityToolsViewTest extends KaribuTest {

    @Autowired
    ToolService tools;
    @Autowired
    ToolSettingsService settings;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        UUID category = ToolTestData.category(settings, tenant);
        ToolTestData.create(tools, tenant, form("Shared", category, "100", "CNY", BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"), usage(tenant.otherClientCommunityId(), "1"))));
        ToolTestData.create(tools, tenant, form("Abroad", category, "10", "USD", BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"))));
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(ToolNavigation::communityPath, tenant);
        assertNotFound("communities/not-an-id/tools", tenant.operator());
    }

    @Test
    void theClientReadsItsCommunitysToolsAndShare() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("communities/" + tenant.communityId() + "/tools");
        assertThat(rows()).extracting(CommunityTool::name, t -> t.monthlyShare().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Abroad", "10.00"),
                        org.assertj.core.groups.Tuple.tuple("Shared", "50.00"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("community-tools-total")).getText())
                .isEqualTo("Tools cost this community CNY 50.00 + USD 10.00 per month");
    }

    @Test
    void aCommunityWithoutToolsSaysSo() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities/" + tenant.unassignedCommunityId() + "/tools");
        assertThat(_get(Div.class, spec -> spec.withId("community-tools-empty")).isVisible()).isTrue();
        _assertNone(Grid.class, spec -> spec.withId("community-tools-grid"));
    }

    @SuppressWarnings("unchecked")
    private static List<CommunityTool> rows() {
        Grid<CommunityTool> grid = _get(Grid.class, spec -> spec.withId("community-tools-grid"));
        return GridKt._fetch(grid, 0, 100);
    }
}

package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.ui.echarts.EChart;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortfolioViewTest extends KaribuTest {

    @Autowired DashboardTestData members;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertSignInRequired("portfolio");
        assertDenied("portfolio", tenants.platformAdmin());
    }

    @Test
    void aClientUserLandsOnThePortfolioAfterSigningIn() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfolioView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Your communities");
    }

    @Test
    void staffStillLandOnTheCommunities() {
        login(tenant.operator());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("communities");
    }

    @Test
    void aClientSeesItsOwnCommunitiesSideBySideAndNoOtherClients() {
        members.joinedToday(tenant, tenant.communityId(), 4);
        login(tenant.clientUser());
        UI.getCurrent().navigate("portfolio");

        card(tenant.communityId());
        card(tenant.unassignedCommunityId());
        _assertNone(Div.class, spec -> spec.withId("portfolio-" + tenant.otherClientCommunityId()));
        assertThat(text("portfolio-" + tenant.communityId() + "-value-MEMBERS_TOTAL")).isEqualTo("4");
        assertThat(text("portfolio-" + tenant.unassignedCommunityId() + "-value-MEMBERS_TOTAL")).isEqualTo("0");
        assertThat(text("portfolio-" + tenant.communityId() + "-value-REVENUE")).isEqualTo("CN¥0.00");
        assertThat(_get(EChart.class, spec -> spec.withId("portfolio-" + tenant.communityId() + "-spark"))
                .getSpec()).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("portfolio-" + tenant.communityId() + "-link-dashboard")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void anOperatorSeesTheAssignedCommunitiesOnly() {
        login(tenant.operator());
        UI.getCurrent().navigate("portfolio");
        card(tenant.communityId());
        _assertNone(Div.class, spec -> spec.withId("portfolio-" + tenant.unassignedCommunityId()));
        login(tenant.otherOperator());
        UI.getCurrent().navigate("communities");
        UI.getCurrent().navigate("portfolio");
        Div empty = _get(Div.class, spec -> spec.withId("portfolio-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(CardMarkup.text(empty)).isEqualTo("No communities to show yet.");
    }

    private static void card(UUID community) {
        _get(Div.class, spec -> spec.withId("portfolio-" + community));
    }

    private static String text(String id) {
        return CardMarkup.get(id).text();
    }
}

package app.communityops.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.community.CommunityNavigation;
import app.communityops.shell.NotFoundView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommunityOverviewViewTest extends KaribuTest {

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(CommunityNavigation::overviewPath, tenant);
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(CommunityNavigation.overviewPath(tenant.communityId()), tenants.platformAdmin());
        _assertNone(CommunityOverviewView.class);
    }

    @Test
    void showsTheCommunityAndTheSixAreasInModelOrder() {
        login(tenant.admin());
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.communityId()));

        CommunityOverviewView view = _get(CommunityOverviewView.class);
        String name = "Community " + suffix();
        assertThat(_get(H2.class, spec -> spec.withId("community-title")).getText()).isEqualTo(name);
        assertThat(view.getPageTitle()).isEqualTo(name);
        assertThat(_get(Span.class, spec -> spec.withId("community-status-badge")).getText()).isEqualTo("Active");
        assertThat(_get(Span.class, spec -> spec.withId("fact-client")).getText()).isEqualTo("Client " + suffix());
        assertThat(_get(Span.class, spec -> spec.withId("fact-operators")).getText())
                .isEqualTo(tenant.operator().displayName());

        assertThat(_find(Div.class, spec -> spec.withClasses("area-card"))).extracting(Div::getId)
                .extracting(id -> id.orElseThrow())
                .containsExactly("area-custom", "area-activity", "area-content", "area-money", "area-manage",
                        "area-tool");
        String custom = text("area-custom");
        assertThat(custom).contains("C · Custom", "WeChat group", "500", "Open the members");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("area-custom-members")).getHref())
                .isEqualTo("communities/" + tenant.communityId() + "/members");
        assertThat(text("area-activity")).contains("A · Activity", "Activities", "Calendar")
                .doesNotContain("No activities planned");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("area-content-rulebook"))
                .getHref()).isEqualTo("communities/" + tenant.communityId() + "/rulebook");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("area-money-figures"))
                .getHref()).isEqualTo("communities/" + tenant.communityId() + "/money");
        assertThat(text("area-manage")).contains("M · Manage", "Active", "Client " + suffix());
        assertThat(_get(Button.class, spec -> spec.withId("edit-community")).isVisible()).isTrue();
    }

    /** The links come from the features' {@code CommunityPageLink} beans: every one, in each area's order. */
    @Test
    void eachAreaLeadsToItsFeaturesPagesOfTheCommunity() {
        login(tenant.admin());
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.communityId()));

        String base = "communities/" + tenant.communityId();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(anchor -> anchor.getId().filter(id -> id.startsWith("area-")).isPresent())
                .map(anchor -> anchor.getId().orElseThrow() + " " + anchor.getHref()).toList())
                .containsExactly(
                        "area-custom-members " + base + "/members",
                        "area-custom-profile " + base + "/custom",
                        "area-custom-join " + base + "/join",
                        "area-activity-list " + base + "/activities",
                        "area-activity-calendar " + base + "/calendar",
                        "area-content-list " + base + "/content",
                        "area-content-rulebook " + base + "/rulebook",
                        "area-content-approvals " + base + "/approval-settings",
                        "area-money-figures " + base + "/money",
                        "area-manage-dashboard " + base + "/dashboard",
                        "area-manage-kpis " + base + "/manage",
                        "area-manage-report " + base + "/report",
                        "area-tool-inventory " + base + "/tools");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("area-empty")))
                .as("no area says it is empty when its features have pages").isEmpty();
    }

    @Test
    void theAreasSpeakChinese() {
        login(tenant.admin());
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.communityId()));

        assertThat(text("area-custom")).contains("C · 用户", "微信群");
        assertThat(text("area-money")).contains("M · 变现");
        assertThat(text("area-tool")).contains("T · 工具");
    }

    @Test
    void clientUserReadsOwnCommunityWithoutEditing() {
        login(tenant.clientUser());
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.unassignedCommunityId()));

        assertThat(_get(H2.class, spec -> spec.withId("community-title")).getText())
                .isEqualTo("Unassigned " + suffix());
        _assertNone(Button.class, spec -> spec.withId("edit-community"));
    }

    @Test
    void aMalformedOrUnknownIdIsNotFound() {
        assertNotFound("communities/not-a-uuid", tenant.admin());

        UI.getCurrent().navigate(CommunityNavigation.overviewPath(UUID.randomUUID()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void operatorRenamesTheAssignedCommunityFromTheOverview() {
        login(tenant.operator());
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.communityId()));

        _click(_get(Button.class, spec -> spec.withId("edit-community")));
        _get(TextField.class, spec -> spec.withId("community-name")).setValue("Renamed camp");
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(_get(H2.class, spec -> spec.withId("community-title")).getText()).isEqualTo("Renamed camp");
        assertThat(_get(CommunityOverviewView.class).getPageTitle()).isEqualTo("Renamed camp");
    }

    private String suffix() {
        return tenant.name().substring("Tenant ".length());
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}

package app.communityops.members.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MembersNavigation;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembersEntryViewTest extends KaribuTest {

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndPlatformAdminsDenied() {
        assertSignInRequired("members");
        assertDenied("members", tenants.platformAdmin());
    }

    @Test
    void anOperatorWithOneCommunityGoesStraightToItsMembers() {
        login(tenant.operator());
        UI.getCurrent().navigate("members");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo(MembersNavigation.communityPath(tenant.communityId()));
    }

    @Test
    void anAdminWithSeveralCommunitiesChooses() {
        login(tenant.admin());
        UI.getCurrent().navigate("members");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersEntryView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("members-of-" + tenant.otherClientCommunityId())).getHref())
                .isEqualTo(MembersNavigation.communityPath(tenant.otherClientCommunityId()));
    }

    @Test
    void anOperatorWithoutCommunitiesIsToldWhy() {
        login(tenant.otherOperator());
        UI.getCurrent().navigate("members");
        assertThat(_get(Div.class, spec -> spec.withId("members-entry-empty")).getElement().getTextRecursively())
                .contains("no communities yet");
    }
}

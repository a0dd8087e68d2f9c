package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinLinkFigures;
import app.communityops.join.JoinPublicService;
import app.communityops.join.JoinTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funnel's acquire step by join link, as the community's client reads it on the dashboard. */
class DashboardJoinLinksTest extends KaribuTest {

    @Autowired JoinTestData data;
    @Autowired JoinPublicService join;
    @Autowired JoinApplicationService applications;
    @Autowired DashboardTestData members;

    @Test
    void eachLinkShowsItsApplicationsApprovalsAndJoinsAndTheirShareOfTheFunnelsJoins() {
        JoinTestData.Ready ready = data.paidEntry(500);
        join.apply(ready.token(), JoinTestData.applicant("Lin", "13800138401"), "10.0.4.1");
        join.apply(ready.token(), JoinTestData.applicant("Mei", "13800138402"), "10.0.4.2");
        SignedIn.run(ready.tenant().operator(), () -> applications.confirmPayment(
                applications.applications(ready.communityId()).getFirst().id()));

        login(ready.tenant().clientUser());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(ready.communityId()));

        @SuppressWarnings("unchecked")
        Grid<JoinLinkFigures.Link> links = _get(Grid.class, spec -> spec.withId("dashboard-funnel-links"));
        assertThat(GridKt._size(links)).isEqualTo(1);
        JoinLinkFigures.Link forum = GridKt._get(links, 0);
        assertThat(forum.campaign()).isEqualTo("Product forum");
        assertThat(new long[] {forum.applications(), forum.approved(), forum.joined()}).containsExactly(2, 1, 1);
        assertThat(text("dashboard-funnel-links-share")).startsWith("1 of 1 joins (100")
                .endsWith("came through a join link");
    }

    @Test
    void aCommunityWithoutLinksSaysWhereToMakeOne() {
        Fixture tenant = tenants.create();
        members.joinedToday(tenant, tenant.communityId(), 2);
        login(tenant.operator());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-funnel-links-empty")).isVisible()).isTrue();
        assertThat(text("dashboard-funnel-links-empty")).startsWith("No join links yet");
        _assertNone(Grid.class, spec -> spec.withId("dashboard-funnel-links"));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}

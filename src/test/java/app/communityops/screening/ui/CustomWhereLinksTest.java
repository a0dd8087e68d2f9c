package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinPublicService;
import app.communityops.join.JoinTestData;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Where area's join links: what each brought in the member flow's twelve months, and their share of joins. */
class CustomWhereLinksTest extends KaribuTest {

    @Autowired JoinTestData data;
    @Autowired JoinPublicService join;
    @Autowired JoinApplicationService applications;

    @Test
    void theCommunitysClientReadsWhatEachLinkBroughtAndTheirShareOfJoins() {
        JoinTestData.Ready ready = data.paidEntry(500);
        join.apply(ready.token(), JoinTestData.applicant("Lin", "13800138201"), "10.0.2.1");
        join.apply(ready.token(), JoinTestData.applicant("Mei", "13800138202"), "10.0.2.2");
        SignedIn.run(ready.tenant().operator(), () -> applications.confirmPayment(
                applications.applications(ready.communityId()).getFirst().id()));

        login(ready.tenant().clientUser());
        open(ready.communityId());

        assertThat(text("custom-where-links")).startsWith("Join links, last twelve months");
        assertThat(text("custom-where-link-0")).isEqualTo("Product forum: 2 applied, 1 approved, 1 joined");
        assertThat(text("custom-where-links-share")).isEqualTo("1 of 1 joins (100.0%) came through a join link");
    }

    @Test
    void aCommunityWithoutLinksSaysWhereToMakeOne() {
        Fixture tenant = tenants.create();
        login(tenant.operator());
        open(tenant.communityId());

        assertThat(text("custom-where-links-empty")).startsWith("No join links yet");
        _assertNone(ListItem.class, spec -> spec.withId("custom-where-link-0"));
    }

    @Test
    void speaksChinese() {
        JoinTestData.Ready ready = data.paidEntry(500);
        join.apply(ready.token(), JoinTestData.applicant("Wu", "13800138203"), "10.0.2.3");
        login(ready.tenant().operator());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(ready.communityId());

        assertThat(text("custom-where-link-0")).isEqualTo("Product forum：申请 1 人，通过 0 人，入群 0 人");
        assertThat(text("custom-where-links-share")).isEqualTo("这几个月还没有人入群。");
    }

    private void open(UUID communityId) {
        UI.getCurrent().navigate(ScreeningNavigation.customPath(communityId));
    }
}

package app.communityops.join.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinTestData;
import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group-code warning's link opens the community's join screen on the Group codes tab; the plain address on Page. */
class JoinSettingsTabsTest extends KaribuTest {

    @Autowired
    JoinTestData data;

    @Test
    void theCodesLinkOpensTheGroupCodesTab() {
        JoinTestData.Ready ready = data.paidEntry(500);
        login(ready.tenant().operator());

        open(JoinNavigation.codesPath(ready.communityId()));
        assertThat(tabs().getSelectedTab().getLabel()).isEqualTo("Group codes");
        assertThat(tabs().getSelectedIndex()).isEqualTo(2);

        open(JoinNavigation.settingsPath(ready.communityId()));
        assertThat(tabs().getSelectedIndex()).isZero();
    }

    private static void open(String link) {
        // As the notifications list opens a link: its query parameters navigate(String) would refuse.
        Location location = new Location(link);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static TabSheet tabs() {
        return _get(TabSheet.class, spec -> spec.withId("join-tabs"));
    }
}

package app.communityops.content.io.ui;

import static app.communityops.content.ContentFixtures.form;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.content.ContentDetails;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.Engagement;
import app.communityops.content.io.ContentIoNavigation;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngagementImportViewTest extends KaribuTest {

    @Autowired ContentService content;

    Fixture tenant;
    ContentDetails tips;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        tips = SignedIn.as(tenant.admin(), () -> {
            ContentDetails item = content.create(form(tenant.communityId(), "Tips", LocalDateTime.now().plusDays(2)));
            for (ContentStatus next : new ContentStatus[] {ContentStatus.DRAFT, ContentStatus.IN_REVIEW,
                    ContentStatus.SCHEDULED, ContentStatus.PUBLISHED}) {
                item = content.move(item.id(), item.version(), next);
            }
            return item;
        });
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(ContentIoNavigation::importPath, tenant);
        assertNotFound("communities/not-an-id/content/import", tenant.operator());
    }

    @Test
    void theListLinksToTheImportForStaffOnly() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentIoNavigation.listPath(tenant.communityId()));
        assertThat(_get(Anchor.class, spec -> spec.withId("content-import-engagement")).getHref())
                .isEqualTo(ContentIoNavigation.importPath(tenant.communityId()));
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentIoNavigation.listPath(tenant.communityId()));
        _assertNone(Anchor.class, spec -> spec.withId("content-import-engagement"));
    }

    @Test
    void aGoodFileRecordsTheFiguresAndABadOneListsItsProblems() throws Exception {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentIoNavigation.importPath(tenant.communityId()));
        EngagementImportView view = _get(EngagementImportView.class);
        assertThat(view.getPageTitle()).isEqualTo("Import engagement");

        upload(view, "item,views,reactions,replies,shares\nTips,1200,85,14,9\nGhost,1,1,1,1\n");
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("import-problems")))).isEqualTo(1);

        upload(view, "item,views,reactions,replies,shares\nTips,1200,85,14,9\n");
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Recorded the figures of 1 items from 1 rows.");
        assertThat(SignedIn.as(tenant.admin(), () -> content.find(tenant.communityId(), tips.id())).engagement())
                .isEqualTo(new Engagement(1200, 85, 14, 9));
    }

    private static void upload(EngagementImportView view, String text) throws Exception {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "engagement.csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        settle(view);
    }

    private static void settle(EngagementImportView view) throws Exception {
        view.work().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }
}

package app.communityops.engagement.io.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.engagement.io.EngagementIoNavigation;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.TenantContext;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.DownloadKt;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class EventImportViewTest extends KaribuTest {

    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    String good;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> {
            MemberForm form = new MemberForm();
            form.setName("Ada");
            form.setHandle("ada");
            members.addToCommunity(tenant.communityId(), form);
        });
        good = "member,type,occurred at,event id\nada,发言," + Instant.now().minus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS) + ",V-1\n";
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(EngagementIoNavigation::importPath, tenant);
        assertNotFound("communities/nonsense/events/import", tenant.operator());
    }

    @Test
    void theMembersScreenLinksToTheImportForStaff() {
        login(tenant.operator());
        UI.getCurrent().navigate(EngagementIoNavigation.membersPath(tenant.communityId()));
        assertThat(_get(Anchor.class, spec -> spec.withId("members-import-events")).getHref())
                .isEqualTo(EngagementIoNavigation.importPath(tenant.communityId()));
    }

    @Test
    void theMembersScreenHasNoImportLinkForClients() {
        login(tenant.clientUser());
        UI.getCurrent().navigate(EngagementIoNavigation.membersPath(tenant.communityId()));
        _assertNone(Anchor.class, spec -> spec.withId("members-import-events"));
    }

    @Test
    void aGoodFileIsCheckedThenImportedOffTheUiThread() throws Exception {
        EventImportView view = open();
        assertThat(_get(Anchor.class, spec -> spec.withId("import-back")).getHref())
                .isEqualTo(EngagementIoNavigation.membersPath(tenant.communityId()));
        upload(view, good);
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-valid")).getText())
                .isEqualTo("The file is good: 1 rows, 1 new events, 0 already imported.");
        assertThat(events()).isZero();

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        assertThat(_get(Button.class, spec -> spec.withId("import-start")).isEnabled()).isFalse();
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Imported 1 events from 1 rows (0 were already imported).");
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aBadFileListsItsProblemsWithADownloadableReport() throws Exception {
        EventImportView view = open();
        upload(view, good + "ghost,replly,2020-01-01 10:00,V-2\n");
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(3);
        String report = new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("import-report"))),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFLine,Column,Reason")
                .contains("3,type,\"Unknown type \"\"replly\"\"")
                .contains("3,occurred at,The time is more than 400 days ago.")
                .contains("3,member,\"No member of this organisation has the handle or external id \"\"ghost\"\".\"");
        assertThat(events()).isZero();
    }

    private EventImportView open() {
        login(tenant.operator());
        UI.getCurrent().navigate(EngagementIoNavigation.importPath(tenant.communityId()));
        return _get(EventImportView.class);
    }

    private int events() {
        Integer count = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject("select count(*) from engagement_event", Integer.class)));
        return count == null ? 0 : count;
    }

    private static void upload(EventImportView view, String text) throws Exception {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "events.csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        settle(view);
    }

    private static void settle(EventImportView view) throws Exception {
        view.work().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }
}

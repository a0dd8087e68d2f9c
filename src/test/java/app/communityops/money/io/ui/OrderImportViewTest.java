package app.communityops.money.io.ui;

import static app.communityops.money.MoneyTestData.daysAgo;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferType;
import app.communityops.money.io.MoneyIoNavigation;
import app.communityops.testing.KaribuTest;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderImportViewTest extends KaribuTest {

    @Autowired MoneyTestData data;

    Fixture tenant;
    String good;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        data.joinedMember(tenant.operator(), tenant.communityId(), "ada");
        data.offer(tenant.operator(), "Career course", OfferType.PAID_KNOWLEDGE, "199", "CNY", tenant.communityId());
        good = "member,offer,amount,currency,paid at,channel\nada,Career course,199,CNY,"
                + daysAgo(2).toLocalDate() + ",IN_GROUP\n";
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(MoneyIoNavigation::importPath, tenant);
        assertNotFound("communities/nonsense/money/import", tenant.operator());
    }

    @Test
    void theMoneyPageLinksToTheImportForStaffOnly() {
        login(tenant.operator());
        UI.getCurrent().navigate(MoneyIoNavigation.moneyPath(tenant.communityId()));
        assertThat(_get(Anchor.class, spec -> spec.withId("import-orders")).getHref())
                .isEqualTo(MoneyIoNavigation.importPath(tenant.communityId()));
        login(tenant.clientUser());
        UI.getCurrent().navigate(MoneyIoNavigation.moneyPath(tenant.communityId()));
        _assertNone(Anchor.class, spec -> spec.withId("import-orders"));
    }

    @Test
    void aGoodFileIsCheckedThenImportedWithProgressOffTheUiThread() throws Exception {
        OrderImportView view = open();
        upload(view, good);
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-valid")).getText())
                .isEqualTo("The file is good: 1 rows, 1 new orders, 0 already imported.");

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        assertThat(_get(Button.class, spec -> spec.withId("import-start")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Imported 1 orders from 1 rows (0 were already imported).");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(1L);
    }

    @Test
    void aBadFileListsItsProblemsWithADownloadableReport() throws Exception {
        OrderImportView view = open();
        upload(view, good + "ghost,Career course,=1+1,CNY,2020-01-01,IN_GROUP\n");
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(2);
        String report = new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("import-report"))),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFLine,Column,Reason")
                .contains("3,member,\"No member of this community has the handle or external id \"\"ghost\"\".\"")
                .contains("3,amount,\"\"\"=1+1\"\" is not a number.\"");
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(0L);
    }

    private OrderImportView open() {
        login(tenant.operator());
        UI.getCurrent().navigate(MoneyIoNavigation.importPath(tenant.communityId()));
        return _get(OrderImportView.class);
    }

    private static void upload(OrderImportView view, String text) throws Exception {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "orders.csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        settle(view);
    }

    private static void settle(OrderImportView view) throws Exception {
        view.work().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }
}

package app.communityops.join.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.join.GroupCodeDetails;
import app.communityops.join.GroupCodeService;
import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinApplicationSummary;
import app.communityops.join.JoinLinkDetails;
import app.communityops.join.JoinLinkService;
import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinPageDetails;
import app.communityops.join.JoinPageForm;
import app.communityops.join.JoinPageService;
import app.communityops.join.JoinPublicService;
import app.communityops.join.JoinTestData;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator's join screen: the page's texts saved (and a concurrent save caught), a link created with its
 * address and QR downloads, a group code's capacity bounded and its retirement confirmed, a payment confirmed;
 * and the screen refused to a client's user and to staff of another community.
 */
class JoinOperatorViewsTest extends KaribuTest {

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPageService pages;
    @Autowired
    JoinLinkService links;
    @Autowired
    GroupCodeService codes;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;

    JoinTestData.Ready ready;

    @BeforeEach
    void aCommunityWithAJoinPage() {
        ready = data.paidEntry(500);
        login(ready.tenant().operator());
    }

    @Test
    void theOperatorSavesThePageTextsAndIsToldOfAConcurrentSave() {
        open();
        _get(TextArea.class, spec -> spec.withId("join-page-valueEn")).setValue("Peers who <i>ship</i>.");
        _click(_get(Button.class, spec -> spec.withId("join-page-save")));

        assertThat(pages.page(ready.communityId()).value().en()).isEqualTo("Peers who <i>ship</i>.");
        NotificationsKt.clearNotifications();

        JoinPageDetails current = pages.page(ready.communityId());
        JoinPageForm elsewhere = JoinPageForm.of(current);
        elsewhere.setRulesEn("Saved from another screen.");
        pages.save(ready.communityId(), current.version(), elsewhere);
        _get(TextArea.class, spec -> spec.withId("join-page-valueEn")).setValue("Overwrite?");
        _click(_get(Button.class, spec -> spec.withId("join-page-save")));

        assertThat(NotificationsKt.getNotifications().stream().map(Notification::getId).flatMap(Optional::stream))
                .contains("concurrent-edit");
        assertThat(pages.page(ready.communityId()).value().en()).isEqualTo("Peers who <i>ship</i>.");
        assertThat(pages.page(ready.communityId()).rules().en()).isEqualTo("Saved from another screen.");
    }

    @Test
    void aNewLinkShowsItsAddressAndItsQrDownloads() {
        open();
        _get(TabSheet.class).setSelectedIndex(1);
        _get(TextField.class, spec -> spec.withId("join-link-campaign")).setValue("Spring ads");
        _click(_get(Button.class, spec -> spec.withId("join-link-create")));

        JoinLinkDetails created = links.links(ready.communityId()).stream()
                .filter(link -> "Spring ads".equals(link.campaign())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<JoinLinkDetails> grid = _get(Grid.class, spec -> spec.withId("join-links-grid"));
        assertThat(grid.getGenericDataView().getItems()).contains(created);
        Anchor address = (Anchor) cell(grid, created, "join-link-url-" + created.id());
        assertThat(address.getHref()).isEqualTo(links.url(created.id()))
                .endsWith(JoinNavigation.publicPath(created.token()));
        assertThat(((Anchor) cell(grid, created, "join-link-png-" + created.id())).getHref()).isNotBlank();
        assertThat(((Anchor) cell(grid, created, "join-link-svg-" + created.id())).getHref()).isNotBlank();
        byte[] png = links.qrPng(created.id());
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(links.qrSvg(created.id())).contains("<svg");
    }

    @Test
    void aGroupOfMoreThan500IsRefusedAndRetiringIsConfirmedFirst() {
        assertThatThrownBy(() -> codes.add(ready.communityId(), "Too big", 501, LocalDate.now().plusDays(6),
                JoinTestData.png())).isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.field()).isEqualTo("capacity"));

        open();
        _get(TabSheet.class).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<GroupCodeDetails> grid = _get(Grid.class, spec -> spec.withId("join-codes-grid"));
        GroupCodeDetails code = codes.codes(ready.communityId()).getFirst();
        ((Button) cell(grid, code, "join-code-retire-" + code.id())).click();

        assertThat(codes.codes(ready.communityId()).getFirst().retired()).as("asked first").isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(codes.codes(ready.communityId()).getFirst().retired()).isTrue();
    }

    @Test
    void theOperatorConfirmsAPaymentAfterADialog() {
        String status = join.apply(ready.token(), JoinTestData.applicant("Ru", "13800138051"), "10.8.0.1");
        UUID application = applications.applications(ready.communityId()).getFirst().id();

        open();
        _get(TabSheet.class).setSelectedIndex(3);
        @SuppressWarnings("unchecked")
        Grid<JoinApplicationSummary> grid = _get(Grid.class, spec -> spec.withId("join-applications-grid"));
        JoinApplicationSummary filed = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(filed.id()).isEqualTo(application);
        ((Button) cell(grid, filed, "join-confirm-" + application)).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("join-confirm-dialog")));

        assertThat(applications.applications(ready.communityId()).getFirst().outcome()).isEqualTo("APPROVED");
        assertThat(join.status(status).orElseThrow().groupCodeLabel()).isEqualTo("Group 1");
    }

    @Test
    void theScreenIsRefusedToClientsAndToStaffOfAnotherCommunity() {
        logout();
        assertStaffCommunityPageGuarded(community -> JoinNavigation.settingsPath(community),
                ready.tenant());
        assertDenied(JoinNavigation.ENTRY_ROUTE, ready.tenant().clientUser());
    }

    private void open() {
        UI.getCurrent().navigate(JoinNavigation.settingsPath(ready.communityId()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinSettingsView.class);
    }

    /** The component of that id the grid's renderers make for the item. */
    @SuppressWarnings("unchecked")
    private static <T> Component cell(Grid<T> grid, T item, String id) {
        return grid.getColumns().stream().map(Grid.Column::getRenderer)
                .filter(ComponentRenderer.class::isInstance)
                .map(renderer -> ((ComponentRenderer<?, T>) renderer).createComponent(item))
                .flatMap(JoinOperatorViewsTest::withDescendants)
                .filter(component -> component.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static Stream<Component> withDescendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren()
                .flatMap(JoinOperatorViewsTest::withDescendants));
    }
}

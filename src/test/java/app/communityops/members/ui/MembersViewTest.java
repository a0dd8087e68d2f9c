package app.communityops.members.ui;

import static app.communityops.members.MembershipStatus.JOINED;
import static app.communityops.members.MembershipStatus.PENDING_REVIEW;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembersNavigation;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.ScreeningTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersViewTest extends KaribuTest {

    @Autowired
    MemberTestData data;
    @Autowired
    ScreeningTestData screeningData;
    @Autowired
    MemberService memberService;

    Fixture tenant;
    List<UUID> ids;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Alice Wang", "alice", JOINED).tags("vip"),
                Spec.of("Bob Li", "bob", JOINED),
                Spec.of("Cleo Chen", "cleo", JOINED),
                Spec.of("Dan Zhao", "dan", PENDING_REVIEW)));
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(MembersNavigation::communityPath, tenant);
        assertNotFound("communities/not-a-uuid/members", tenant.admin());
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(MembersNavigation.communityPath(tenant.communityId()), tenants.platformAdmin());
        _assertNone(MembersView.class);
    }

    @Test
    void aLinkNamingAMemberOpensTheirPanelOnlyForAMemberOfThatCommunity() {
        UUID elsewhere = data.add(tenant.tenantId(), tenant.unassignedCommunityId(),
                List.of(Spec.of("Eve Sun", "eve", JOINED))).getFirst();
        login(tenant.admin());
        assertThat(MembersNavigation.memberPath(tenant.communityId(), ids.get(1)))
                .isEqualTo(MembersNavigation.communityPath(tenant.communityId()) + "?member=" + ids.get(1));
        openWithMember(ids.get(1).toString());
        assertThat(_get(H3.class, spec -> spec.withId("member-panel-name")).getText()).isEqualTo("Bob Li");

        openWithMember(elsewhere.toString());
        _assertNone(H3.class, spec -> spec.withId("member-panel-name"));
        openWithMember("not-an-id");
        _assertNone(H3.class, spec -> spec.withId("member-panel-name"));
        assertThat(GridKt._size(grid())).isEqualTo(4);
    }

    private void openWithMember(String member) {
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()),
                QueryParameters.of(MembersNavigation.MEMBER_PARAMETER, member));
    }

    @Test
    void operatorSeesTheMembersWithHeaderCountsAndActions() {
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));

        assertThat(_get(Span.class, spec -> spec.withId("members-header-counts")).getText())
                .isEqualTo("3 members · 1 pending review");
        assertThat(_get(Span.class, spec -> spec.withId("members-matches")).getText()).isEqualTo("4 match the filters");
        assertThat(GridKt._size(grid())).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo("Alice Wang");
        assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.MULTI);
        _get(Button.class, spec -> spec.withId("members-add"));
        _get(Button.class, spec -> spec.withId("members-import"));
        assertThat(byId("members-bulk-bar")).hasValueSatisfying(bar -> assertThat(bar.isVisible()).isFalse());
        assertThat(_get(MembersView.class).getPageTitle()).isEqualTo("Members · Community " + suffix());
    }

    @Test
    void theHeaderSpeaksChineseWithFormattedNumbers() {
        login(tenant.admin());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        assertThat(_get(Span.class, spec -> spec.withId("members-header-counts")).getText())
                .isEqualTo("3 名成员 · 1 人待审核");
    }

    @Test
    void clientUsersReadWithoutActing() {
        login(tenant.clientUser());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));

        assertThat(GridKt._size(grid())).isEqualTo(4);
        assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.NONE);
        assertThat(byId("members-bulk-bar")).isEmpty();
        _assertNone(Button.class, spec -> spec.withId("members-add"));
        _assertNone(Button.class, spec -> spec.withId("members-import"));
        _assertNone(Anchor.class, spec -> spec.withId("members-export"));

        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        assertThat(_get(H3.class, spec -> spec.withId("member-panel-name")).getText()).isEqualTo("Alice Wang");
        _assertNone(UnorderedList.class, spec -> spec.withId("member-panel-history"));
        _assertNone(Button.class, spec -> spec.withId("member-panel-edit"));
    }

    @Test
    void aClientUserHasNoContactColumnNoPickerEntryAndNoHandleInTheRowsOrThePanel() {
        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Eve Wu", "wx-eve-8812", JOINED)));
        login(tenant.clientUser());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));

        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).doesNotContain("handle")
                .contains("name", "status", "tags");
        MenuBar picker = _get(MenuBar.class, spec -> spec.withId("members-columns"));
        assertThat(picker.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getId().orElse("")).doesNotContain("column-handle").contains("column-tags");
        assertThat(GridKt._findAll(grid())).extracting(MemberRow::handle).containsOnlyNulls();
        assertThat(_get(TextField.class, spec -> spec.withId("members-search")).getPlaceholder())
                .isEqualTo("Search by name");
        _get(TextField.class, spec -> spec.withId("members-search")).setValue("wx-eve");
        assertThat(GridKt._size(grid())).as("a handle is not searchable for a client").isZero();
        _get(TextField.class, spec -> spec.withId("members-search")).setValue("Alice");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        GridKt._clickItem(grid(), 0);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .doesNotContain("Handle", "Phone", "Email", "Notes", "Lifetime purchase", "alice");
    }

    @Test
    void withTheGrantAClientUserSeesTheHandleColumnButStillNoExport() {
        data.grantContactAccess(tenant.tenantId(), tenant.clientId());
        login(tenant.clientUser());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));

        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).contains("handle");
        assertThat(GridKt._findAll(grid())).extracting(MemberRow::handle).contains("alice", "bob");
        _assertNone(Anchor.class, spec -> spec.withId("members-export"));
        GridKt._clickItem(grid(), 0);
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Handle", "alice")
                .doesNotContain("Lifetime purchase");
    }

    @Test
    void filtersNarrowTheGridAndTheExportLinkFollows() {
        login(tenant.admin());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));

        statusFilter().setValue(Set.of(JOINED));
        assertThat(GridKt._size(grid())).isEqualTo(3);
        _get(TextField.class, spec -> spec.withId("members-search")).setValue("li");
        assertThat(GridKt._findAll(grid())).extracting(MemberRow::name).containsExactly("Alice Wang", "Bob Li");
        MultiSelectComboBox<String> tags = tagFilter();
        ComponentUtil.fireEvent(tags, new ComboBoxBase.CustomValueSetEvent<>(tags, true, "vip"));
        assertThat(GridKt._findAll(grid())).extracting(MemberRow::name).containsExactly("Alice Wang");
        assertThat(_get(Anchor.class, spec -> spec.withId("members-export")).getHref()).isEqualTo(
                "export/communities/" + tenant.communityId() + "/members.csv?status=JOINED&tag=vip&q=li&sort=name&desc=false&zone=Z");

        _get(TextField.class, spec -> spec.withId("members-search")).setValue("nobody");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("members-empty-text")).getText())
                .isEqualTo("No members match the filters.");

        _click(_get(Button.class, spec -> spec.withId("members-clear-filters")));
        assertThat(GridKt._size(grid())).isEqualTo(4);
        GridKt._sortByKey(grid(), "name", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo("Dan Zhao");
        assertThat(_get(Anchor.class, spec -> spec.withId("members-export")).getHref()).contains("sort=name&desc=true");
    }

    @Test
    void theSidePanelShowsTheMemberAndTheirHistory() {
        MemberForm form = new MemberForm();
        form.setName("Eve Zhou");
        form.setHandle("eve");
        form.setEmail("eve@example.test");
        UUID eve = SignedIn.as(tenant.admin(), () -> memberService.addToCommunity(tenant.communityId(), form)).id();
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        _get(TextField.class, spec -> spec.withId("members-search")).setValue("eve");

        GridKt._clickItem(grid(), 0, 0, false, false, false, false);

        Div panel = _get(Div.class, spec -> spec.withId("member-panel"));
        assertThat(_get(H3.class, spec -> spec.withId("member-panel-name")).getText()).isEqualTo("Eve Zhou");
        assertThat(panel.getElement().getTextRecursively()).contains("eve@example.test", "Applied");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("member-panel-history")).getElement()
                .getTextRecursively()).contains("Applied", "admin-");
        assertThat(GridKt._get(grid(), 0).membershipId()).isEqualTo(eve);
        _click(_get(Button.class, spec -> spec.withId("member-panel-close")));
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void addingAMemberValidatesTheFormThenShowsTheApplication() {
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        _click(_get(Button.class, spec -> spec.withId("members-add")));

        _click(_get(Button.class, spec -> spec.withId("member-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("member-name"));
        TextField handle = _get(TextField.class, spec -> spec.withId("member-handle"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        assertThat(handle.getErrorMessage()).isEqualTo("Required");

        name.setValue("Frank Wu");
        handle.setValue("alice");
        _click(_get(Button.class, spec -> spec.withId("member-save")));
        assertThat(handle.getErrorMessage()).as("the handle belongs to a member already here")
                .isEqualTo("This member is already in this community.");

        handle.setValue("frank");
        _click(_get(Button.class, spec -> spec.withId("member-save")));
        assertThat(GridKt._size(grid())).isEqualTo(5);
        assertThat(GridKt._findAll(grid())).filteredOn(row -> row.name().equals("Frank Wu"))
                .extracting(MemberRow::status).containsExactly(MembershipStatus.APPLIED);
    }

    @Test
    void bulkRejectNeedsAReason() {
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        statusFilter().setValue(Set.of(PENDING_REVIEW));
        grid().select(GridKt._get(grid(), 0));
        assertThat(_get(Span.class, spec -> spec.withId("members-selected")).getText()).isEqualTo("1 selected");

        _click(_get(Button.class, spec -> spec.withId("bulk-reject")));
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason-text"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
        assertThat(data.status(tenant.tenantId(), ids.get(3))).isEqualTo("PENDING_REVIEW");

        reason.setValue("Not in the target group");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(data.status(tenant.tenantId(), ids.get(3))).isEqualTo("REJECTED");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("members-header-counts")).getText())
                .isEqualTo("3 members · 0 pending review");
    }

    @Test
    void aRefusedBulkActionChangesNothingAndNamesTheMember() {
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        grid().select(GridKt._get(grid(), 1));
        grid().select(GridKt._get(grid(), 3));

        _click(_get(Button.class, spec -> spec.withId("bulk-approve")));

        assertThat(NotificationsKt.getNotifications()).extracting(MembersViewTest::text)
                .contains("Nothing was changed. Bob Li: Not possible while the membership is Joined.");
        assertThat(data.status(tenant.tenantId(), ids.get(3))).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void eliminatingAsksForAReasonAndConfirmation() {
        UUID rule = screeningData.redLine(tenant.tenantId(), tenant.communityId(), "No advertising");
        login(tenant.operator());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        grid().select(GridKt._get(grid(), 1));

        _click(_get(Button.class, spec -> spec.withId("bulk-eliminate")));
        _get(TextArea.class, spec -> spec.withId("reason-text")).setValue("Posted ads twice");
        @SuppressWarnings("unchecked")
        ComboBox<UUID> redLine = _get(ComboBox.class, spec -> spec.withId("reason-red-line"));
        assertThat(redLine.getItemLabelGenerator().apply(rule)).isEqualTo("No advertising");
        redLine.setValue(rule);
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(data.status(tenant.tenantId(), ids.get(1))).as("not before confirming").isEqualTo("JOINED");

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(data.status(tenant.tenantId(), ids.get(1))).isEqualTo("ELIMINATED");
    }

    @Test
    void theColumnPickerHidesColumnsForTheRestOfTheSession() {
        login(tenant.admin());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()));
        assertThat(grid().getColumnByKey("handle").isVisible()).isTrue();

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("members-columns")), "column-handle");
        assertThat(grid().getColumnByKey("handle").isVisible()).isFalse();

        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.unassignedCommunityId()));
        assertThat(grid().getColumnByKey("handle").isVisible()).isFalse();
    }

    @Test
    void anEmptyCommunitySaysHowToStart() {
        login(tenant.admin());
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.unassignedCommunityId()));
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("members-empty-text")).getText())
                .isEqualTo("No members yet. Add the first one, or import a file.");
        assertThat(_get(Span.class, spec -> spec.withId("members-header-counts")).getText())
                .isEqualTo("0 members · 0 pending review");
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberRow> grid() {
        return _get(Grid.class, spec -> spec.withId("members-grid"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<MembershipStatus> statusFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("members-filter-status"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> tagFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("members-filter-tags"));
    }

    /** Finds a component by id, visible or not. */
    private static java.util.Optional<com.vaadin.flow.component.Component> byId(String id) {
        return descendants(_get(MembersView.class)).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(MembersViewTest::descendants));
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }

    private String suffix() {
        return tenant.name().substring("Tenant ".length());
    }
}

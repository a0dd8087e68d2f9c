package app.communityops.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.community.Channel;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.TenantContext;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CommunitiesViewTest extends KaribuTest {

    @Autowired
    CommunityService communities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("communities");
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied("communities", tenants.platformAdmin());
        _assertNone(CommunitiesView.class);
    }

    @Test
    void tenantAdminSeesEveryCommunityWithItsClientAndOperators() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");

        Grid<CommunitySummary> grid = grid();
        assertThat(rows(grid)).extracting(CommunitySummary::id).containsExactlyInAnyOrder(tenant.communityId(),
                tenant.unassignedCommunityId(), tenant.otherClientCommunityId());
        int assigned = rowOf(grid, tenant.communityId());
        assertThat(GridKt._getFormatted(grid, assigned, "channel")).isEqualTo("WeChat group");
        assertThat(GridKt._getFormatted(grid, assigned, "client")).isEqualTo(clientName());
        assertThat(GridKt._getFormatted(grid, assigned, "operators")).isEqualTo(tenant.operator().displayName());
        assertThat(GridKt._getFormatted(grid, assigned, "capacity")).isEqualTo("500");
        assertThat(_get(Button.class, spec -> spec.withId("new-community")).isVisible()).isTrue();
        assertThat(grid.getColumnByKey("actions")).isNotNull();
    }

    @Test
    void operatorSeesOnlyTheAssignedCommunity() {
        login(tenant.operator());
        UI.getCurrent().navigate("communities");

        assertThat(rows(grid())).extracting(CommunitySummary::id).containsExactly(tenant.communityId());
        _assertNone(Button.class, spec -> spec.withId("new-community"));
        assertThat(grid().getColumnByKey("actions")).isNotNull();
    }

    @Test
    void operatorWithoutAssignmentsSeesTheirEmptyState() {
        login(tenant.otherOperator());
        UI.getCurrent().navigate("communities");

        Div empty = _get(Div.class, spec -> spec.withId("communities-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("No communities assigned to you yet");
        _assertNone(Grid.class, spec -> spec.withId("communities-grid"));
    }

    @Test
    void clientUserSeesOwnClientsCommunitiesReadOnly() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("communities");

        assertThat(rows(grid())).extracting(CommunitySummary::id)
                .containsExactlyInAnyOrder(tenant.communityId(), tenant.unassignedCommunityId());
        _assertNone(Button.class, spec -> spec.withId("new-community"));
        assertThat(grid().getColumnByKey("actions")).isNull();
        assertThat(GridKt._getFormatted(grid(), 0, "client")).isEqualTo(clientName());
    }

    @Test
    void filtersNarrowTheList() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");

        _get(TextField.class, spec -> spec.withId("community-search")).setValue("unassigned");
        assertThat(rows(grid())).extracting(CommunitySummary::id).containsExactly(tenant.unassignedCommunityId());

        _get(TextField.class, spec -> spec.withId("community-search")).setValue("");
        @SuppressWarnings("unchecked")
        Select<CommunityStatus> status = _get(Select.class, spec -> spec.withId("community-status-filter"));
        status.setValue(CommunityStatus.PLANNING);
        assertThat(rows(grid())).isEmpty();

        status.setValue(null);
        @SuppressWarnings("unchecked")
        Select<Channel> channel = _get(Select.class, spec -> spec.withId("community-channel-filter"));
        channel.setValue(Channel.WECHAT_GROUP);
        assertThat(rows(grid())).hasSize(3);
    }

    @Test
    void tenantAdminCreatesACommunity() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        _click(_get(Button.class, spec -> spec.withId("new-community")));

        nameField().setValue("Weekly sharing circle");
        channelField().setValue(Channel.KNOWLEDGE_PLANET);
        clientField().setValue(tenant.otherClientId());
        capacityField().setValue(2000);
        UUID education = pickFirstVertical();
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(rows(grid())).extracting(CommunitySummary::name).contains("Weekly sharing circle");
        CommunitySummary created = rows(grid()).stream().filter(c -> c.name().equals("Weekly sharing circle"))
                .findFirst().orElseThrow();
        assertThat(created.channel()).isEqualTo(Channel.KNOWLEDGE_PLANET);
        assertThat(created.clientId()).isEqualTo(tenant.otherClientId());
        assertThat(created.verticalId()).isEqualTo(education);
    }

    @Test
    void aNewCommunityNeedsAVerticalAndAnOldOneShowsNotSet() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        _click(_get(Button.class, spec -> spec.withId("new-community")));
        nameField().setValue("Without vertical");
        clientField().setValue(tenant.clientId());
        _click(_get(Button.class, spec -> spec.withId("community-save")));
        assertThat(verticalField().isInvalid()).isTrue();
        assertThat(verticalField().getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("community.error.verticalRequired"));
        assertThat(rows(grid())).extracting(CommunitySummary::name).doesNotContain("Without vertical");
        _click(_get(Button.class, spec -> spec.withId("community-cancel")));

        assertThat(grid().getColumnByKey("vertical")).isNotNull();
        CommunitySummary old = rows(grid()).getFirst();
        assertThat(GridKt._getFormatted(grid(), 0, "vertical")).isEqualTo("Not set");
        assertThat(old.verticalId()).isNull();
    }

    @Test
    void aBlankNameIsRequired() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        _click(_get(Button.class, spec -> spec.withId("new-community")));

        clientField().setValue(tenant.clientId());
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(nameField().isRequiredIndicatorVisible()).isTrue();
        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo("Required");
        assertThat(rows(grid())).hasSize(3);
    }

    @Test
    void aTakenNameIsShownOnTheNameField() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        String taken = rows(grid()).getFirst().name().toLowerCase();
        _click(_get(Button.class, spec -> spec.withId("new-community")));

        nameField().setValue(taken);
        clientField().setValue(tenant.clientId());
        pickFirstVertical();
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("community.error.nameTaken"));
    }

    @Test
    void aWeChatGroupAbove500IsRefusedOnTheCapacityField() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        _click(_get(Button.class, spec -> spec.withId("new-community")));

        nameField().setValue("Too big");
        channelField().setValue(Channel.WECHAT_GROUP);
        clientField().setValue(tenant.clientId());
        assertThat(capacityField().getHelperText()).isEqualTo("A WeChat group holds at most 500 members.");
        capacityField().setValue(600);
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(capacityField().isInvalid()).isTrue();
        assertThat(capacityField().getErrorMessage()).isEqualTo("This channel holds at most 500 members.");
        assertThat(rows(grid())).extracting(CommunitySummary::name).doesNotContain("Too big");
    }

    @Test
    void thePlanLimitIsShownAsANotification() {
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update tenant set max_communities = 3 where id = ?", tenant.tenantId())));
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        _click(_get(Button.class, spec -> spec.withId("new-community")));

        nameField().setValue("One too many");
        clientField().setValue(tenant.clientId());
        pickFirstVertical();
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(notificationTexts()).contains(UI.getCurrent().getTranslation("plan.error.communities", 3));
        assertThat(rows(grid())).hasSize(3);
    }

    @Test
    void aConcurrentEditIsReportedAndDoesNotOverwrite() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        Grid<CommunitySummary> grid = grid();
        _click((Button) GridKt._getCellComponent(grid, rowOf(grid, tenant.communityId()), "actions"));

        SignedIn.run(tenant.admin(), () -> {
            CommunitySummary current = communities.find(tenant.communityId()).orElseThrow();
            CommunityForm theirs = CommunityForm.of(current);
            theirs.setName("Their change");
            communities.update(current.id(), current.version(), theirs);
        });
        nameField().setValue("My change");
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(notificationTexts()).contains(UI.getCurrent().getTranslation("error.concurrentEdit"));
        assertThat(_get(Button.class, spec -> spec.withId("community-reload")).isVisible()).isTrue();
        assertThat(SignedIn.as(tenant.admin(), () -> communities.find(tenant.communityId())).orElseThrow().name())
                .isEqualTo("Their change");

        _click(_get(Button.class, spec -> spec.withId("community-reload")));
        assertThat(nameField().getValue()).isEqualTo("Their change");
    }

    @Test
    void operatorEditsButCannotReassign() {
        login(tenant.operator());
        UI.getCurrent().navigate("communities");
        _click((Button) GridKt._getCellComponent(grid(), 0, "actions"));

        assertThat(clientField().isReadOnly()).isTrue();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("community-operators")).isReadOnly()).isTrue();
        nameField().setValue("Operator's name");
        _click(_get(Button.class, spec -> spec.withId("community-save")));

        assertThat(rows(grid())).extracting(CommunitySummary::name).containsExactly("Operator's name");
    }

    @SuppressWarnings("unchecked")
    private static Grid<CommunitySummary> grid() {
        return _get(Grid.class, spec -> spec.withId("communities-grid"));
    }

    private static List<CommunitySummary> rows(Grid<CommunitySummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static int rowOf(Grid<CommunitySummary> grid, UUID id) {
        List<CommunitySummary> rows = rows(grid);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).id().equals(id)).findFirst().orElseThrow();
    }

    private String clientName() {
        return "Client " + tenant.name().substring("Tenant ".length());
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withId("community-name"));
    }

    @SuppressWarnings("unchecked")
    private static Select<UUID> verticalField() {
        return _get(Select.class, spec -> spec.withId("community-vertical"));
    }

    /** Picks the first vertical of the list (Education, a default) and answers its id. */
    private static UUID pickFirstVertical() {
        UUID first = verticalField().getListDataView().getItem(0);
        verticalField().setValue(first);
        return first;
    }

    private static Select<Channel> channelField() {
        return _get(Select.class, spec -> spec.withId("community-channel"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UUID> clientField() {
        return _get(ComboBox.class, spec -> spec.withId("community-client"));
    }

    private static IntegerField capacityField() {
        return _get(IntegerField.class, spec -> spec.withId("community-capacity"));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(CommunitiesViewTest::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}

package app.communityops.content.ui;

import static app.communityops.content.ContentFixtures.form;
import static app.communityops.content.ui.ContentUi.button;
import static app.communityops.content.ui.ContentUi.byId;
import static app.communityops.content.ui.ContentUi.notifications;
import static app.communityops.content.ui.ContentUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.content.ContentDetails;
import app.communityops.content.ContentFilter;
import app.communityops.content.ContentNavigation;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.shared.AppPrincipal;
import app.communityops.shell.NotFoundView;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContentViewsTest extends KaribuTest {

    @Autowired ContentService content;
    @Autowired TenantZone zones;

    Fixture tenant;
    ZoneId zone;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        zone = SignedIn.as(tenant.admin(), zones::current);
    }

    @Test
    void listRouteAccess() {
        assertCommunityPageGuarded(ContentNavigation::listPath, tenant);
        assertNotFound("communities/not-an-id/content", tenant.admin());
    }

    @Test
    void detailRouteAccess() {
        assertCommunityRecordPageGuarded((owner, community) ->
                ContentNavigation.detailPath(community, published(owner.admin(), community, "Guarded").id()), tenant);
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentNavigation.detailPath(tenant.unassignedCommunityId(),
                published(tenant.admin(), tenant.unassignedCommunityId(), "Readable").id()));
        assertThat(text("content-detail-title")).isEqualTo("Readable");
    }

    @Test
    void platformAdminsAreDenied() {
        login(tenants.platformAdmin());
        assertThatThrownBy(() -> UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId())))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anotherTenantsItemAndAnUnknownItemAreNotFound() {
        ContentDetails item = create(tenant.communityId(), "Ours");
        Fixture other = tenants.create();
        login(other.admin());
        UI.getCurrent().navigate(ContentNavigation.detailPath(other.communityId(), item.id()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()) + "/" + UUID.randomUUID());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anEmptyListSaysSo() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()));
        assertThat(text("content-empty")).contains("No content here yet");
        _assertNone(Grid.class, spec -> spec.withId("content-grid"));
    }

    @Test
    void theCalendarsNewDayOpensThePrefilledFormAndUnsafeMarkdownIsRefused() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()),
                QueryParameters.of("new", "2031-03-14"));
        assertThat(byId(DateTimePicker.class, "content-publish-at").getValue())
                .isEqualTo(LocalDateTime.of(2031, 3, 14, 9, 0));

        byId(TextField.class, "content-title").setValue("Expert series #1");
        byId(Checkbox.class, "content-markdown").setValue(true);
        TextArea body = byId(TextArea.class, "content-body");
        body.setValue("**Hello** [x](javascript:alert(1))");
        byId(TabSheet.class, "content-body-tabs").setSelectedIndex(1);
        assertThat(byId(Component.class, "content-preview").getElement().getTextRecursively())
                .contains("not allowed");
        _click(button("content-save"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("javascript: links are not allowed");

        body.setValue("**Hello** [docs](https://example.test)");
        _click(button("content-save"));
        Grid<ContentDetails> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ContentDetails saved = GridKt._get(grid, 0);
        assertThat(saved.title()).isEqualTo("Expert series #1");
        assertThat(saved.publishAt()).isEqualTo(LocalDateTime.of(2031, 3, 14, 9, 0).atZone(zone).toInstant());
    }

    @Test
    void rowsMoveThroughTheWorkflowAndAPastTimeCannotBeScheduled() {
        ContentDetails item = SignedIn.as(tenant.admin(), () -> content.create(form(tenant.communityId(), "Tips",
                LocalDateTime.now(zone).minusDays(1))));
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()));
        _click(rowButton("move-DRAFT-" + item.id()));
        _click(rowButton("move-IN_REVIEW-" + item.id()));
        _click(rowButton("move-SCHEDULED-" + item.id()));
        assertThat(notifications()).contains("A scheduled item needs a publish time in the future.");
        assertThat(GridKt._get(grid(), 0).status()).isEqualTo(ContentStatus.IN_REVIEW);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContentStatus> statuses = byId(MultiSelectComboBox.class, "content-status-filter");
        statuses.setValue(Set.of(ContentStatus.PUBLISHED));
        assertThat(text("content-empty")).contains("No content");
    }

    @Test
    void theDetailShowsTheBodyHistoryAndTakesEngagement() {
        ContentDetails item = published("Deep dive");
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.detailPath(tenant.communityId(), item.id()));
        assertThat(text("content-detail-title")).isEqualTo("Deep dive");
        assertThat(text("content-detail-status")).isEqualTo("Published");
        assertThat(GridKt._size(byId(Grid.class, "content-transitions"))).isEqualTo(5);

        IntegerField views = byId(IntegerField.class, "engagement-views");
        views.setValue(-5);
        _click(button("engagement-save"));
        assertThat(views.isInvalid()).isTrue();
        views.setValue(1200);
        byId(IntegerField.class, "engagement-shares").setValue(9);
        _click(button("engagement-save"));
        ContentDetails saved = SignedIn.as(tenant.admin(), () -> content.find(tenant.communityId(), item.id()));
        assertThat(saved.engagement().views()).isEqualTo(1200);
        assertThat(saved.engagement().shares()).isEqualTo(9);
    }

    @Test
    void clientUsersSeePublishedItemsOnlyAndReadOnly() {
        ContentDetails published = published("Published one");
        ContentDetails draft = create(tenant.communityId(), "Secret draft");
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(published.id());
        _assertNone(Component.class, spec -> spec.withId("content-new"));
        assertThat(grid().getColumnByKey("actions")).isNull();
        UI.getCurrent().navigate(ContentNavigation.listPath(tenant.communityId()),
                QueryParameters.of("new", LocalDate.now().toString()));
        _assertNone(Component.class, spec -> spec.withId("content-dialog"));

        UI.getCurrent().navigate(ContentNavigation.detailPath(tenant.communityId(), published.id()));
        assertThat(text("content-body-view")).contains("Body of Published one");
        _assertNone(Component.class, spec -> spec.withId("content-detail-edit"));
        _assertNone(Component.class, spec -> spec.withId("engagement-save"));
        UI.getCurrent().navigate(ContentNavigation.detailPath(tenant.communityId(), draft.id()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(SignedIn.as(tenant.clientUser(), () -> content.count(tenant.communityId(), ContentFilter.ANY)))
                .isEqualTo(1);
    }

    private ContentDetails create(UUID community, String title) {
        return SignedIn.as(tenant.admin(), () -> content.create(form(community, title,
                LocalDateTime.now(zone).plusDays(1))));
    }

    private ContentDetails published(String title) {
        return published(tenant.admin(), tenant.communityId(), title);
    }

    private ContentDetails published(AppPrincipal author, UUID community, String title) {
        return SignedIn.as(author, () -> {
            ContentDetails item = content.create(form(community, title, LocalDateTime.now(zone).plusDays(1)));
            for (ContentStatus next : new ContentStatus[] {ContentStatus.DRAFT, ContentStatus.IN_REVIEW,
                    ContentStatus.SCHEDULED, ContentStatus.PUBLISHED}) {
                item = content.move(item.id(), item.version(), next);
            }
            return item;
        });
    }

    /** A button in the first row's actions cell: grid cells are rendered on demand, not part of the tree. */
    private static Button rowButton(String id) {
        return _get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ContentDetails> grid() {
        return byId(Grid.class, "content-grid");
    }
}

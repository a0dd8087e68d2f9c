package app.communityops.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    ClientService clients;
    @Autowired
    CommunityService communities;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertSignInRequired("audit");
    }

    @Test
    void operatorsMayNotOpenIt() {
        Fixture tenant = tenants.create();
        assertDenied("audit", tenant.operator());
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    void tenantAdminsSeeTheirTenantsEntries() {
        Fixture tenant = tenants.create();
        Fixture other = tenants.create();
        SignedIn.run(other.admin(), () -> clients.create(client("Elsewhere")));
        SignedIn.run(tenant.admin(), () -> clients.create(client("Acme Learning")));
        login(tenant.admin());

        UI.getCurrent().navigate("audit");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AuditLogView.class);
        Grid<?> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "user")).isEqualTo(tenant.admin().email());
        assertThat(_getFormatted(grid, 0, "role")).isEqualTo("Tenant admin");
        assertThat(((Span) _getCellComponent(grid, 0, "action")).getText()).isEqualTo("Created");
        assertThat(_getFormatted(grid, 0, "entity")).isEqualTo("Client");
        assertThat(_getFormatted(grid, 0, "entityId")).endsWith("…").hasSize(9);
        assertThat(_getFormatted(grid, 0, "changes")).contains("name: Acme Learning");
        assertThat(grid.getColumnByKey("time").getHeaderText()).startsWith("Time (");
        SideNav administration = _get(SideNav.class, spec -> spec.withId("nav-administration"));
        assertThat(administration.getItems()).extracting(SideNavItem::getLabel).contains("Audit log");
    }

    @Test
    void filtersNarrowByUserRecordTypeAndDate() {
        Fixture tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> clients.create(client("Acme Learning")));
        SignedIn.run(tenant.operator(), () -> {
            CommunitySummary community = communities.find(tenant.communityId()).orElseThrow();
            CommunityForm form = CommunityForm.of(community);
            form.setDescription("Weekly sharing on Thursdays");
            communities.update(community.id(), community.version(), form);
        });
        login(tenant.admin());
        UI.getCurrent().navigate("audit");
        Grid<?> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-user")), tenant.operator().email());
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "entity")).isEqualTo("Community");
        assertThat(_getFormatted(grid, 0, "changes")).isEqualTo("description: Weekly sharing on Thursdays");

        clearFilters();
        @SuppressWarnings("unchecked")
        Select<String> entity = _get(Select.class, spec -> spec.withId("audit-filter-entity"));
        assertThat(entity.getListDataView().getItems()).containsExactly("Client", "Community");
        _setValue(entity, "Client");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "user")).isEqualTo(tenant.admin().email());

        clearFilters();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-filter-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-filter-to"));
        _setValue(from, today.plusDays(1));
        assertThat(_size(grid)).isZero();
        _setValue(from, today);
        _setValue(to, today);
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(to, today.minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(_size(grid)).as("an impossible range keeps the last valid filter").isEqualTo(2);
        _setValue(from, today.minusDays(1));
        assertThat(to.isInvalid()).isFalse();
        assertThat(_size(grid)).isZero();
    }

    /** Karibu 2.6's _setValue does not match Vaadin 25's field internals; the view reacts to any change alike. */
    private static <V> void _setValue(HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    private static Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static void clearFilters() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("audit-clear-filters")));
        assertThat(_size(grid())).isEqualTo(2);
    }

    private static ClientForm client(String name) {
        ClientForm form = new ClientForm();
        form.setName(name + " " + java.util.UUID.randomUUID().toString().substring(0, 6));
        return form;
    }
}

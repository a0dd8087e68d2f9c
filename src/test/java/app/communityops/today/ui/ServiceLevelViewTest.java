package app.communityops.today.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.today.Task;
import app.communityops.today.TaskForm;
import app.communityops.today.TodayService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service level screen as a tenant admin uses it: this month's figures, then a custom period. */
class ServiceLevelViewTest extends KaribuTest {

    @Autowired TodayService today;
    @Autowired TenantZone zones;

    @Test
    void anAdminSeesWhoDidTheWorkOnTimeAndPicksAnotherPeriod() {
        Fixture tenant = tenants.create();
        Task late = SignedIn.as(tenant.admin(), () -> today.create(new TaskForm(tenant.communityId(), "Late one",
                Instant.now().minus(Duration.ofMinutes(10)), tenant.operator().userId(), null)));
        SignedIn.as(tenant.operator(), () -> today.done(late.id(), late.version()));
        SignedIn.as(tenant.admin(), () -> today.create(new TaskForm(tenant.communityId(), "Early one",
                Instant.now().plus(Duration.ofMinutes(20)), tenant.operator().userId(), null)));

        login(tenant.admin());
        UI.getCurrent().navigate("communities");
        assertThat(_get(SideNav.class, spec -> spec.withId("nav-manage")).getItems()).extracting(SideNavItem::getLabel)
                .contains("Service level");
        UI.getCurrent().navigate("today/service-level");
        @SuppressWarnings("unchecked")
        Select<ServiceLevelView.Period> period = _get(Select.class, spec -> spec.withId("service-level-period"));
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("service-level-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("service-level-to"));
        LocalDate day = LocalDate.now(zones.of(tenant.tenantId()));
        assertThat(period.getValue()).isEqualTo(ServiceLevelView.Period.MONTH);
        assertThat(from.getValue()).isEqualTo(day.withDayOfMonth(1));
        assertThat(from.isReadOnly()).isTrue();

        // Around today, so both tasks are in the period whenever the test runs.
        period.setValue(ServiceLevelView.Period.CUSTOM);
        from.setValue(day.minusDays(1));
        to.setValue(day.plusDays(1));
        @SuppressWarnings("unchecked")
        Grid<app.communityops.today.ServiceLevelRow> operators = _get(Grid.class,
                spec -> spec.withId("service-level-operators"));
        assertThat(GridKt._size(operators)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(operators, 0)).containsExactly(tenant.operator().displayName(), "2", "0",
                "1", "0", "1", "0%");
        assertThat(_get(Span.class, spec -> spec.withId("service-level-summary")).getText())
                .isEqualTo("0 on time of 1 settled · 0%");

        LocalDate end = to.getValue();
        from.setValue(end.plusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end of the period comes before its start.");
        from.setValue(end.minusYears(3));
        assertThat(to.getErrorMessage()).isEqualTo("A period can be at most 366 days.");
        from.setValue(end.plusYears(1));
        to.setValue(end.plusYears(1).plusDays(3));
        assertThat(_get(Div.class, spec -> spec.withId("service-level-empty")).getElement().getTextRecursively())
                .contains("No task was due in this period.");
    }
}

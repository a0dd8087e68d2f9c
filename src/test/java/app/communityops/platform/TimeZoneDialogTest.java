package app.communityops.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimeZoneDialogTest extends KaribuTest {

    @Autowired
    private TenantDirectory directory;

    @Test
    void platformAdminChangesATenantsTimeZone() {
        TestTenants.Fixture fixture = tenants.create();
        login(tenants.platformAdmin());
        UI.getCurrent().navigate("platform/tenants");
        grid().select(row(fixture.name()));

        _click(_get(Button.class, spec -> spec.withId("change-time-zone")));
        ComboBox<String> zone = zoneField();
        assertThat(zone.getValue()).isEqualTo("Asia/Shanghai");
        assertThat(zone.getListDataView().getItems()).contains("Europe/Berlin", "America/New_York").isSorted();
        zone.setValue("Europe/Berlin");
        _click(_get(Button.class, spec -> spec.withId("time-zone-dialog-save")));

        assertThat(directory.zone(fixture.tenantId())).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anEmptyZoneIsRefusedAndNothingChanges() {
        TestTenants.Fixture fixture = tenants.create();
        login(tenants.platformAdmin());
        UI.getCurrent().navigate("platform/tenants");
        grid().select(row(fixture.name()));

        _click(_get(Button.class, spec -> spec.withId("change-time-zone")));
        zoneField().setValue(null);
        _click(_get(Button.class, spec -> spec.withId("time-zone-dialog-save")));

        assertThat(zoneField().isInvalid()).isTrue();
        assertThat(directory.zone(fixture.tenantId())).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> zoneField() {
        return _get(ComboBox.class, spec -> spec.withId("time-zone-field"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("tenants-grid"));
    }

    private static TenantSummary row(String name) {
        return GridKt._findAll(grid()).stream().filter(tenant -> tenant.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + name));
    }
}

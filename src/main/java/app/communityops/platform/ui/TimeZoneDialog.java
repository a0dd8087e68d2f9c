package app.communityops.platform.ui;

import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/** The zone a tenant's staff plan in: activities and publish times are entered and shown in it. */
final class TimeZoneDialog extends TenantChangeDialog {

    private final TenantService tenantService;
    private final ComboBox<String> zone = new ComboBox<>();

    TimeZoneDialog(TenantService tenantService, TenantSummary tenant, Consumer<TenantSummary> onSaved,
                   Runnable reload) {
        super("time-zone-dialog", "platform.tenants.timeZone.title", "action.save", tenant, onSaved, reload);
        this.tenantService = tenantService;
        zone.setId("time-zone-field");
        zone.setLabel(getTranslation("platform.tenants.field.timeZone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setRequired(true);
        zone.setWidthFull();
        zone.setValue(tenant.timeZone().getId());
        add(zone);
    }

    @Override
    protected void save() {
        String chosen = zone.getValue();
        if (chosen == null || chosen.isBlank()) {
            zone.setErrorMessage(getTranslation("platform.tenants.timeZone.required"));
            zone.setInvalid(true);
            return;
        }
        apply(() -> tenantService.changeTimeZone(tenant.id(), tenant.version(), ZoneId.of(chosen)),
                "platform.tenants.timeZoneChanged");
    }

    @Override
    protected void showRefusal(UserFacingException refusal) {
        FormErrors.show(refusal, Map.of("timeZone", zone));
    }
}

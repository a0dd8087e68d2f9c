package app.communityops.platform.ui;

import app.communityops.platform.PlanLimitsForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** The three plan limits, used by both the new-tenant and the edit-limits dialogs. */
final class PlanLimitsFields {

    private final IntegerField communities = field("tenant-max-communities", "platform.tenants.field.maxCommunities");
    private final IntegerField members = field("tenant-max-members", "platform.tenants.field.maxMembers");
    private final IntegerField staffSeats = field("tenant-max-staff-seats", "platform.tenants.field.maxStaffSeats");

    void bind(BeanValidationBinder<? extends PlanLimitsForm> binder) {
        binder.forField(communities).bind("maxCommunities");
        binder.forField(members).bind("maxMembers");
        binder.forField(staffSeats).bind("maxStaffSeats");
    }

    void addTo(FormLayout form) {
        form.add(communities, members, staffSeats);
    }

    private static IntegerField field(String id, String labelKey) {
        IntegerField field = new IntegerField(UI.getCurrent().getTranslation(labelKey));
        field.setId(id);
        field.setMin(1);
        field.setStepButtonsVisible(true);
        return field;
    }
}

package app.communityops.platform.ui;

import app.communityops.platform.PlanLimitsForm;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.Consumer;

final class PlanLimitsDialog extends TenantChangeDialog {

    private final TenantService tenantService;
    private final BeanValidationBinder<PlanLimitsForm> binder = new BeanValidationBinder<>(PlanLimitsForm.class);

    PlanLimitsDialog(TenantService tenantService, TenantSummary tenant, Consumer<TenantSummary> onSaved,
                     Runnable reload) {
        super("plan-limits-dialog", "platform.tenants.editLimits.title", "action.save", tenant, onSaved, reload);
        this.tenantService = tenantService;
        PlanLimitsFields fields = new PlanLimitsFields();
        fields.bind(binder);
        // The fields' own checks carry no translated messages; Bean Validation's do.
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(PlanLimitsForm.of(tenant.limits()));
        FormLayout form = new FormLayout();
        fields.addTo(form);
        add(new Paragraph(getTranslation("platform.tenants.editLimits.hint")), form);
    }

    @Override
    protected void save() {
        PlanLimitsForm form = new PlanLimitsForm();
        if (binder.writeBeanIfValid(form)) {
            apply(() -> tenantService.updateLimits(tenant.id(), tenant.version(), form.toLimits()),
                    "platform.tenants.limitsSaved");
        }
    }

    @Override
    protected void showRefusal(UserFacingException refusal) {
        FormErrors.show(refusal, Map.of());
    }
}

package app.communityops.platform.ui;

import app.communityops.platform.SuspensionForm;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Suspending stops every user of the tenant at once, open sessions included, so it asks for a reason (kept in
 * the tenant's audit log) and then for confirmation.
 */
final class SuspendTenantDialog extends TenantChangeDialog {

    private final TenantService tenantService;
    private final BeanValidationBinder<SuspensionForm> binder = new BeanValidationBinder<>(SuspensionForm.class);
    private final TextArea reason = new TextArea();

    SuspendTenantDialog(TenantService tenantService, TenantSummary tenant, Consumer<TenantSummary> onSaved,
                        Runnable reload) {
        super("suspend-tenant-dialog", "platform.tenants.suspend.title", "platform.tenants.suspend", tenant, onSaved,
                reload);
        this.tenantService = tenantService;
        save.addThemeVariants(ButtonVariant.ERROR);
        reason.setLabel(getTranslation("platform.tenants.field.reason"));
        reason.setId("suspend-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        binder.forField(reason).bind("reason");
        // The fields' own checks carry no translated messages; Bean Validation's do.
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(new SuspensionForm());
        add(new Paragraph(getTranslation("platform.tenants.suspend.explain")), reason);
    }

    @Override
    protected void save() {
        SuspensionForm form = new SuspensionForm();
        if (binder.writeBeanIfValid(form)) {
            Confirm.danger(getTranslation("platform.tenants.suspend.confirm.title", tenant.name()),
                    getTranslation("platform.tenants.suspend.confirm.text"), getTranslation("platform.tenants.suspend"),
                    () -> apply(() -> tenantService.suspend(tenant.id(), tenant.version(), form.getReason()),
                            "platform.tenants.suspended"));
        }
    }

    @Override
    protected void showRefusal(UserFacingException refusal) {
        FormErrors.show(refusal, Map.of("reason", reason));
    }
}

package app.communityops.platform.ui;

import app.communityops.platform.TenantNameForm;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.Consumer;

final class RenameTenantDialog extends TenantChangeDialog {

    private final TenantService tenantService;
    private final BeanValidationBinder<TenantNameForm> binder = new BeanValidationBinder<>(TenantNameForm.class);
    private final TextField name = new TextField();

    RenameTenantDialog(TenantService tenantService, TenantSummary tenant, Consumer<TenantSummary> onSaved,
                       Runnable reload) {
        super("rename-tenant-dialog", "platform.tenants.rename.title", "action.save", tenant, onSaved, reload);
        this.tenantService = tenantService;
        name.setLabel(getTranslation("platform.tenants.field.name"));
        name.setId("rename-tenant-name");
        name.setWidthFull();
        binder.forField(name).bind("name");
        // The fields' own checks carry no translated messages; Bean Validation's do.
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(TenantNameForm.of(tenant.name()));
        add(name);
    }

    @Override
    protected void save() {
        TenantNameForm form = new TenantNameForm();
        if (binder.writeBeanIfValid(form)) {
            apply(() -> tenantService.rename(tenant.id(), tenant.version(), form.getName()),
                    "platform.tenants.renamed");
        }
    }

    @Override
    protected void showRefusal(UserFacingException refusal) {
        FormErrors.show(refusal, Map.of("name", name));
    }
}

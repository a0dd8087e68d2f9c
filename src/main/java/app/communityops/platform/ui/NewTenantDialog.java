package app.communityops.platform.ui;

import app.communityops.platform.NewTenantForm;
import app.communityops.platform.PlatformTenantService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.Consumer;

/** A new tenant and the account of its first tenant admin, entered together and created together. */
final class NewTenantDialog extends Dialog {

    private final PlatformTenantService platformTenants;
    private final Consumer<TenantSummary> onCreated;
    private final BeanValidationBinder<NewTenantForm> binder = new BeanValidationBinder<>(NewTenantForm.class);
    private final TextField name = new TextField();
    private final EmailField adminEmail = new EmailField();
    private final TextField adminName = new TextField();
    private final PasswordField adminPassword = new PasswordField();

    NewTenantDialog(PlatformTenantService platformTenants, Consumer<TenantSummary> onCreated) {
        this.platformTenants = platformTenants;
        this.onCreated = onCreated;
        setId("new-tenant-dialog");
        setHeaderTitle(getTranslation("platform.tenants.new"));
        setCloseOnOutsideClick(false);

        name.setLabel(getTranslation("platform.tenants.field.name"));
        name.setId("tenant-name");
        PlanLimitsFields limits = new PlanLimitsFields();
        adminEmail.setLabel(getTranslation("platform.tenants.field.adminEmail"));
        adminEmail.setId("admin-email");
        adminName.setLabel(getTranslation("platform.tenants.field.adminName"));
        adminName.setId("admin-name");
        adminPassword.setLabel(getTranslation("platform.tenants.field.adminPassword"));
        adminPassword.setHelperText(getTranslation("platform.tenants.field.adminPasswordHelp"));
        adminPassword.setId("admin-password");

        binder.forField(name).bind("name");
        limits.bind(binder);
        binder.forField(adminEmail).bind("adminEmail");
        binder.forField(adminName).bind("adminDisplayName");
        binder.forField(adminPassword).bind("adminPassword");
        // The fields' own checks carry no translated messages; Bean Validation's do.
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(new NewTenantForm());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        H3 admin = new H3(getTranslation("platform.tenants.section.firstAdmin"));
        form.add(name, 3);
        limits.addTo(form);
        form.add(admin, 3);
        form.add(adminEmail, 3);
        form.add(adminName, 3);
        form.add(adminPassword, 3);
        add(form);

        FormDialogButtons.primary(this, getTranslation("action.create"), "create-tenant", null, event -> save());
        setWidth("36rem");
        setMaxWidth("100%");
    }

    private void save() {
        NewTenantForm form = new NewTenantForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            TenantSummary tenant = platformTenants.createTenant(form);
            close();
            Notifications.success(getTranslation("platform.tenants.created", tenant.name()));
            onCreated.accept(tenant);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of("name", name, "email", adminEmail, "displayName", adminName,
                    "password", adminPassword));
        }
    }
}

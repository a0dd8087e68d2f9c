package app.communityops.platform.ui;

import app.communityops.shared.ui.TemporaryPasswordDialog;
import app.communityops.platform.PlatformTenantService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * "Reset access" for a tenant whose admins are locked out: pick one of its admins and give them a temporary
 * password. Only admin accounts are listed; the rest of the tenant's people are its own business.
 */
final class ResetAdminAccessDialog extends Dialog {

    private final PlatformTenantService platformTenants;
    private final TenantSummary tenant;
    private final Grid<AccountSummary> admins = new Grid<>();
    private final Button reset = new Button();
    private final Button resetSecondFactor = new Button();

    ResetAdminAccessDialog(PlatformTenantService platformTenants, TenantSummary tenant) {
        this.platformTenants = platformTenants;
        this.tenant = tenant;
        setId("reset-admin-access-dialog");
        setHeaderTitle(getTranslation("platform.reset.title", tenant.name()));

        admins.setId("tenant-admins-grid");
        admins.addThemeVariants(GridVariant.NO_BORDER);
        admins.addColumn(AccountSummary::displayName).setKey("name")
                .setHeader(getTranslation("platform.reset.column.name"));
        admins.addColumn(AccountSummary::email).setKey("email").setHeader(getTranslation("platform.reset.column.email"))
                .setFlexGrow(2);
        admins.addComponentColumn(this::status).setKey("status")
                .setHeader(getTranslation("platform.reset.column.status"));
        List<AccountSummary> found = platformTenants.tenantAdmins(tenant.id());
        admins.setItems(found).setIdentifierProvider(AccountSummary::id);
        admins.setAllRowsVisible(true);
        admins.asSingleSelect().addValueChangeListener(event -> {
            reset.setEnabled(event.getValue() != null);
            resetSecondFactor.setEnabled(event.getValue() != null);
        });

        add(new Paragraph(getTranslation("platform.reset.explain")), admins);

        reset.setText(getTranslation("platform.reset.action"));
        reset.setId("reset-admin-password");
        reset.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        reset.setEnabled(false);
        reset.addClickListener(event -> admins.asSingleSelect().getOptionalValue().ifPresent(this::confirmReset));
        resetSecondFactor.setText(getTranslation("mfa.reset.action"));
        resetSecondFactor.setId("reset-admin-mfa");
        resetSecondFactor.addThemeVariants(ButtonVariant.ERROR);
        resetSecondFactor.setEnabled(false);
        resetSecondFactor.addClickListener(event -> admins.asSingleSelect().getOptionalValue()
                .ifPresent(this::confirmSecondFactorReset));
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, resetSecondFactor, reset);
        setWidth("40rem");
        setMaxWidth("100%");
    }

    private Span status(AccountSummary account) {
        Span badge = new Span(getTranslation(account.enabled() ? "platform.account.enabled" : "platform.account.disabled"));
        badge.addClassNames("status-badge", account.enabled() ? "success" : "contrast");
        return badge;
    }

    private void confirmSecondFactorReset(AccountSummary admin) {
        Confirm.danger(getTranslation("mfa.reset.confirm.title", admin.email()),
                getTranslation("mfa.reset.confirm.platformText"), getTranslation("mfa.reset.action"), () -> {
                    try {
                        platformTenants.resetAdminSecondFactor(tenant.id(), admin.id());
                        close();
                        Notifications.success(getTranslation("mfa.reset.done", admin.email()));
                    } catch (UserFacingException refusal) {
                        FormErrors.show(refusal, Map.of());
                    }
                });
    }

    private void confirmReset(AccountSummary admin) {
        Confirm.danger(getTranslation("platform.reset.confirm.title", admin.email()),
                getTranslation("platform.reset.confirm.text"), getTranslation("platform.reset.action"), () -> {
                    try {
                        String temporary = platformTenants.resetAdminPassword(tenant.id(), admin.id());
                        close();
                        new TemporaryPasswordDialog(admin.email(), temporary).open();
                    } catch (UserFacingException refusal) {
                        FormErrors.show(refusal, Map.of());
                    }
                });
    }
}

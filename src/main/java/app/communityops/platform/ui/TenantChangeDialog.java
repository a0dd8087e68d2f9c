package app.communityops.platform.ui;

import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One change to one tenant, made against the version the platform admin loaded: if someone saved meanwhile,
 * the dialog closes and offers to reload instead of overwriting.
 */
abstract class TenantChangeDialog extends Dialog {

    protected final TenantSummary tenant;
    protected final Button save;
    private final Consumer<TenantSummary> onSaved;
    private final Runnable reload;

    TenantChangeDialog(String id, String titleKey, String saveKey, TenantSummary tenant,
                       Consumer<TenantSummary> onSaved, Runnable reload) {
        this.tenant = tenant;
        this.onSaved = onSaved;
        this.reload = reload;
        setId(id);
        setHeaderTitle(getTranslation(titleKey, tenant.name()));
        setCloseOnOutsideClick(false);
        save = FormDialogButtons.primary(this, getTranslation(saveKey), id + "-save", null, event -> save());
        setWidth("30rem");
        setMaxWidth("100%");
    }

    /** Validates the input and, when it is valid, {@link #apply applies} the change. */
    protected abstract void save();

    /** Shows a service refusal on the field it concerns. */
    protected abstract void showRefusal(UserFacingException refusal);

    protected final void apply(Supplier<TenantSummary> change, String successKey) {
        try {
            TenantSummary changed = change.get();
            close();
            Notifications.success(getTranslation(successKey, changed.name()));
            onSaved.accept(changed);
        } catch (ConcurrentEditException e) {
            close();
            StaleEdit.offerReload(reload);
        } catch (UserFacingException refusal) {
            showRefusal(refusal);
        }
    }
}

package app.communityops.clients.ui;

import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The tenant admin's grant of member contact details to one client's users (decision 0021), on the client's page:
 * the switch, what it means, and a confirmation before either change. The change itself is audited by the service.
 */
class ContactAccessPanel extends Div {

    private final ClientService clients;
    private final Consumer<ClientSummary> onChanged;
    private final Checkbox toggle = new Checkbox();
    private ClientSummary client;
    private boolean reverting;

    ContactAccessPanel(ClientService clients, ClientSummary client, Consumer<ClientSummary> onChanged) {
        this.clients = clients;
        this.client = client;
        this.onChanged = onChanged;
        setId("client-contact-access");
        getStyle().set("margin-top", "var(--lumo-space-m)").set("padding-top", "var(--lumo-space-s)")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        H4 title = new H4(getTranslation("client.contactAccess.title"));
        title.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        toggle.setId("client-contact-access-toggle");
        toggle.setLabel(getTranslation("client.contactAccess.toggle"));
        toggle.setValue(client.contactAccess());
        toggle.addValueChangeListener(event -> {
            if (!reverting) {
                confirm(event.getValue());
            }
        });
        Paragraph explanation = new Paragraph(getTranslation("client.contactAccess.explanation"));
        explanation.setId("client-contact-access-explanation");
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-xs) 0 0");
        add(title, toggle, explanation);
    }

    private void confirm(boolean grant) {
        String kind = grant ? "grant" : "withdraw";
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("client-contact-access-confirm");
        dialog.setHeader(getTranslation("client.contactAccess." + kind + "Header"));
        dialog.setText(getTranslation("client.contactAccess." + kind + "Text", client.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("client.contactAccess." + kind + "Action"));
        dialog.setConfirmButtonTheme(grant ? "error primary" : "primary");
        dialog.addConfirmListener(event -> apply(grant));
        dialog.addCancelListener(event -> revert());
        dialog.addRejectListener(event -> revert());
        dialog.open();
    }

    private void apply(boolean grant) {
        try {
            client = clients.setContactAccess(client.id(), client.version(), grant);
            Notifications.success(getTranslation(grant ? "client.contactAccess.grantedNotice"
                    : "client.contactAccess.withdrawnNotice", client.name()));
            onChanged.accept(client);
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            revert();
            Notifications.error(getTranslation("error.concurrentEdit"));
        }
    }

    private void revert() {
        reverting = true;
        toggle.setValue(client.contactAccess());
        reverting = false;
    }
}

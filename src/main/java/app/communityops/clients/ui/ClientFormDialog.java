package app.communityops.clients.ui;

import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a client; a refused name is shown on the name field, a concurrent change offers a reload. An
 * existing client's page also holds the grant of member contact details to its users ({@link ContactAccessPanel}).
 */
class ClientFormDialog extends Dialog {

    private final ClientService clients;
    private final Consumer<ClientSummary> onSaved;
    private final Binder<ClientForm> binder = new BeanValidationBinder<>(ClientForm.class);
    private final TextField name = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextArea notes = new TextArea();
    private final Button reload = new Button();
    private @Nullable ClientSummary existing;

    ClientFormDialog(ClientService clients, @Nullable ClientSummary existing, Consumer<ClientSummary> onSaved) {
        this.clients = clients;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("client-dialog");
        setHeaderTitle(getTranslation(existing == null ? "client.dialog.new" : "client.dialog.edit"));
        setWidth("min(36rem, 100vw)");

        name.setId("client-name");
        name.setLabel(getTranslation("client.field.name"));
        name.setMaxLength(120);
        // The binder marks @NotNull and @NotEmpty fields as required, but not @NotBlank ones.
        name.setRequiredIndicatorVisible(true);
        contactName.setId("client-contact-name");
        contactName.setLabel(getTranslation("client.field.contactName"));
        contactName.setMaxLength(120);
        contactEmail.setId("client-contact-email");
        contactEmail.setLabel(getTranslation("client.field.contactEmail"));
        contactEmail.setMaxLength(254);
        notes.setId("client-notes");
        notes.setLabel(getTranslation("client.field.notes"));
        notes.setMaxLength(2000);
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(name, contactName, contactEmail, notes);
        form.setColspan(name, 2);
        form.setColspan(notes, 2);
        add(form);
        if (existing != null) {
            add(new ContactAccessPanel(clients, existing, changed -> {
                this.existing = changed;
                onSaved.accept(changed);
            }));
        }
        footer();
        binder.readBean(existing == null ? new ClientForm() : ClientForm.of(existing));
    }

    private void footer() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("client-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("client-cancel");
        reload.setText(getTranslation("action.reload"));
        reload.setId("client-reload");
        reload.setVisible(false);
        reload.addClickListener(event -> reloadLatest());
        getFooter().add(reload, cancel, save);
    }

    private void save() {
        ClientForm form = new ClientForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            ClientSummary saved = existing == null ? clients.create(form)
                    : clients.update(existing.id(), existing.version(), form);
            Notifications.success(getTranslation("client.saved"));
            close();
            onSaved.accept(saved);
        } catch (UserFacingException | OptimisticLockingFailureException error) {
            if (error instanceof ConcurrentEditException || error instanceof OptimisticLockingFailureException) {
                reload.setVisible(true);
            }
            FormErrors.show(error, Map.<String, HasValidation>of("name", name, "contactEmail", contactEmail));
        }
    }

    /** After a concurrent change: show the other person's version, so the user re-applies their edit knowingly. */
    private void reloadLatest() {
        if (existing == null) {
            return;
        }
        clients.find(existing.id()).ifPresentOrElse(latest -> {
            existing = latest;
            binder.readBean(ClientForm.of(latest));
            reload.setVisible(false);
        }, this::close);
    }
}

package app.communityops.security.ui;

import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.clients.ClientSummary;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates a user or edits one. The client field appears only for client users, who must belong to a client;
 * the email is fixed once the account exists, because it is how the person signs in.
 */
final class AccountDialog extends Dialog {

    private final AccountService accounts;
    private final @Nullable AccountSummary existing;
    private final List<ClientSummary> clients;
    private final Consumer<AccountSummary> onSaved;
    private final Runnable reload;
    private final BeanValidationBinder<AccountForm> binder = new BeanValidationBinder<>(AccountForm.class);
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<AccountRole> role = new Select<>();
    private final ComboBox<ClientSummary> client = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    AccountDialog(AccountService accounts, List<ClientSummary> clients, @Nullable AccountSummary existing,
                  Consumer<AccountSummary> onSaved, Runnable reload) {
        this.accounts = accounts;
        this.clients = clients;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = reload;
        setId("account-dialog");
        setHeaderTitle(existing == null ? getTranslation("people.new")
                : getTranslation("people.edit.title", existing.displayName()));
        setCloseOnOutsideClick(false);

        configureFields();
        bind();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(email, displayName, role, client);
        if (existing == null) {
            form.add(password);
        }
        add(form);

        FormDialogButtons.primary(this, getTranslation(existing == null ? "action.create" : "action.save"), "account-save",
                null, event -> save());
        setWidth("30rem");
        setMaxWidth("100%");
    }

    private void configureFields() {
        email.setLabel(getTranslation("people.field.email"));
        email.setId("account-email");
        email.setReadOnly(existing != null);
        if (existing != null) {
            email.setHelperText(getTranslation("people.field.emailFixed"));
        }
        displayName.setLabel(getTranslation("people.field.name"));
        displayName.setId("account-name");
        role.setLabel(getTranslation("people.field.role"));
        role.setId("account-role");
        role.setItems(AccountRole.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        client.setLabel(getTranslation("people.field.client"));
        client.setId("account-client");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientSummary::name);
        client.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(event -> client.setVisible(event.getValue() == AccountRole.CLIENT));
        password.setLabel(getTranslation("people.field.password"));
        password.setHelperText(getTranslation("people.field.passwordHelp"));
        password.setId("account-password");
    }

    private void bind() {
        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        binder.forField(role).bind("role");
        Binder.Binding<AccountForm, ClientSummary> clientBinding = binder.forField(client)
                .withValidator(value -> role.getValue() != AccountRole.CLIENT || value != null,
                        getTranslation("account.error.clientRequired"))
                .bind(form -> clientById(form.getClientId()),
                        (form, value) -> form.setClientId(value == null ? null : value.id()));
        // Whether a client is needed depends on the role: a stale "required" error must go when the role changes.
        role.addValueChangeListener(event -> {
            if (client.isInvalid()) {
                clientBinding.validate();
            }
        });
        AccountForm form = new AccountForm();
        if (existing != null) {
            form.setEmail(existing.email());
            form.setDisplayName(existing.displayName());
            form.setRole(existing.role());
            form.setClientId(existing.clientId());
        }
        // The fields' own checks carry no translated messages; Bean Validation's do.
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(form);
        client.setVisible(role.getValue() == AccountRole.CLIENT);
    }

    private @Nullable ClientSummary clientById(@Nullable UUID id) {
        return clients.stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElse(null);
    }

    private void save() {
        AccountForm form = new AccountForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            AccountSummary saved = existing == null ? accounts.create(form, password.getValue())
                    : accounts.update(existing.id(), existing.version(), form);
            close();
            Notifications.success(getTranslation(existing == null ? "people.created" : "people.saved",
                    saved.displayName()));
            onSaved.accept(saved);
        } catch (ConcurrentEditException e) {
            close();
            StaleEdit.offerReload(reload);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("email", email, "displayName", displayName,
                    "role", role, "clientId", client, "password", password));
        }
    }
}

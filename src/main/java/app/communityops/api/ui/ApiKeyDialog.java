package app.communityops.api.ui;

import app.communityops.api.ApiKeyForm;
import app.communityops.api.ApiKeyService;
import app.communityops.api.ApiScope;
import app.communityops.api.CreatedApiKey;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Describes a new key; on success hands the created key (with its token) to the caller. */
class ApiKeyDialog extends Dialog {

    private final ApiKeyService keys;
    private final Consumer<CreatedApiKey> onCreated;
    private final BeanValidationBinder<ApiKeyForm> binder = new BeanValidationBinder<>(ApiKeyForm.class);
    private final TextField name = new TextField();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final DatePicker expiresOn = new DatePicker();
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final Checkbox createMembers = new Checkbox();

    ApiKeyDialog(ApiKeyService keys, List<CommunitySummary> communities, Consumer<CreatedApiKey> onCreated) {
        this.keys = keys;
        this.onCreated = onCreated;
        setId("api-key-dialog");
        setHeaderTitle(getTranslation("api.keys.form.title"));
        name.setId("api-key-name");
        name.setLabel(getTranslation("api.keys.form.name"));
        scopes.setId("api-key-scopes");
        scopes.setLabel(getTranslation("api.keys.form.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("api.scope." + scope.wireName().replace("write:", "write_")));
        expiresOn.setId("api-key-expires");
        expiresOn.setLabel(getTranslation("api.keys.form.expires"));
        community.setId("api-key-community");
        community.setLabel(getTranslation("api.keys.form.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setClearButtonVisible(true);
        createMembers.setId("api-key-create-members");
        createMembers.setLabel(getTranslation("api.keys.form.createMembers"));

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(scopes).bind("scopes");
        binder.forField(expiresOn).bind("expiresOn");
        binder.forField(community).withConverter(c -> c == null ? null : c.id(),
                id -> communities.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(null))
                .bind("communityId");
        binder.forField(createMembers).bind("createMembers");
        binder.readBean(new ApiKeyForm());

        FormLayout form = new FormLayout(name, scopes, expiresOn, community, createMembers);
        add(form);
        Button save = new Button(getTranslation("action.create"), event -> save());
        save.setId("api-key-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        setWidth("36rem");
        setMaxWidth("100%");
    }

    private void save() {
        ApiKeyForm form = new ApiKeyForm();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        try {
            CreatedApiKey created = keys.create(form);
            close();
            onCreated.accept(created);
        } catch (RuntimeException e) {
            if (!FormErrors.show(e, Map.of("name", name, "expiresOn", expiresOn, "communityId", community))) {
                Notifications.error(getTranslation("error.unexpected"));
                throw e;
            }
        }
    }
}

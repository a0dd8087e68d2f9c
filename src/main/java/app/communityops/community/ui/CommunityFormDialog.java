package app.communityops.community.ui;

import app.communityops.clients.ClientService;
import app.communityops.community.Channel;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.community.VerticalService;
import app.communityops.community.VerticalSummary;
import app.communityops.security.AccountService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a community. Operators may edit the communities assigned to them but not their client or
 * operators, so those fields are read-only for them (the service refuses such changes anyway).
 */
class CommunityFormDialog extends Dialog {

    private final CommunityService communities;
    private final Consumer<CommunitySummary> onSaved;
    private final Binder<CommunityForm> binder = new BeanValidationBinder<>(CommunityForm.class);
    private final TextField name = new TextField();
    private final Select<Channel> channel = new Select<>();
    private final Select<UUID> vertical = new Select<>();
    private final ComboBox<UUID> client = new ComboBox<>();
    private final Select<CommunityStatus> status = new Select<>();
    private final IntegerField capacity = new IntegerField();
    private final MultiSelectComboBox<UUID> operators = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();
    private final Button reload = new Button();
    private @Nullable CommunitySummary existing;

    CommunityFormDialog(CommunityService communities, ClientService clients, AccountService accounts,
                        VerticalService verticals, @Nullable CommunitySummary existing,
                        Consumer<CommunitySummary> onSaved) {
        this.communities = communities;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("community-dialog");
        setHeaderTitle(getTranslation(existing == null ? "community.dialog.new" : "community.dialog.edit"));
        setWidth("min(40rem, 100vw)");
        configureFields(clients, accounts, existing);
        configureVertical(verticals.verticals(), existing);
        bindFields();
        add(layout());
        footer();
        binder.readBean(existing == null ? new CommunityForm() : CommunityForm.of(existing));
        updateCapacityHelper();
    }

    private void configureFields(ClientService clients, AccountService accounts,
                                 @Nullable CommunitySummary community) {
        name.setId("community-name");
        name.setLabel(getTranslation("community.field.name"));
        name.setMaxLength(120);
        // The binder marks @NotNull and @NotEmpty fields as required, but not @NotBlank ones.
        name.setRequiredIndicatorVisible(true);

        channel.setId("community-channel");
        channel.setLabel(getTranslation("community.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> CommunityLabels.channel(this, value));
        channel.addValueChangeListener(event -> {
            updateCapacityHelper();
            if (capacity.getValue() != null) {
                binder.getBinding("memberCapacity").ifPresent(Binder.Binding::validate);
            }
        });

        Map<UUID, String> clientNames = new LinkedHashMap<>();
        clients.list().forEach(c -> clientNames.put(c.id(), c.name()));
        client.setId("community-client");
        client.setLabel(getTranslation("community.field.client"));
        client.setItems(clientNames.keySet());
        client.setItemLabelGenerator(id -> clientNames.getOrDefault(id, ""));

        status.setId("community-status");
        status.setLabel(getTranslation("community.field.status"));
        status.setItems(CommunityStatus.values());
        status.setItemLabelGenerator(value -> CommunityLabels.status(this, value));

        capacity.setId("community-capacity");
        capacity.setLabel(getTranslation("community.field.capacity"));
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);

        operators.setId("community-operators");
        operators.setLabel(getTranslation("community.field.operators"));
        Map<UUID, String> operatorNames = operatorNames(accounts, community);
        operators.setItems(operatorNames.keySet());
        operators.setItemLabelGenerator(id -> operatorNames.getOrDefault(id, ""));

        description.setId("community-description");
        description.setLabel(getTranslation("community.field.description"));
        description.setMaxLength(4000);

        if (!CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
            client.setReadOnly(true);
            operators.setReadOnly(true);
            client.setHelperText(getTranslation("community.field.adminOnlyHelper"));
            operators.setHelperText(getTranslation("community.field.adminOnlyHelper"));
        }
    }

    /**
     * The vertical the community is compared by (decision 0049): required for a new community and for one that has
     * a vertical; a community from before verticals existed shows "not set" until someone picks one.
     */
    private void configureVertical(List<VerticalSummary> verticals, @Nullable CommunitySummary community) {
        vertical.setId("community-vertical");
        vertical.setLabel(getTranslation("community.field.vertical"));
        vertical.setHelperText(getTranslation("community.field.verticalHelper"));
        vertical.setItems(verticals.stream().map(VerticalSummary::id).toList());
        vertical.setItemLabelGenerator(id -> CommunityLabels.vertical(this, verticals, id));
        boolean optional = community != null && community.verticalId() == null;
        vertical.setEmptySelectionAllowed(optional);
        if (optional) {
            vertical.setEmptySelectionCaption(getTranslation("vertical.notSet"));
        }
        vertical.setRequiredIndicatorVisible(!optional);
    }

    /** Assignable operators plus anyone already assigned (a disabled operator must still show by name). */
    private static Map<UUID, String> operatorNames(AccountService accounts, @Nullable CommunitySummary community) {
        Map<UUID, String> names = new LinkedHashMap<>();
        accounts.operators().forEach(a -> names.put(a.id(), a.displayName()));
        if (community != null) {
            Set<UUID> missing = new HashSet<>(community.operatorIds());
            missing.removeAll(names.keySet());
            if (!missing.isEmpty()) {
                accounts.find(missing).forEach(a -> names.put(a.id(), a.displayName()));
            }
        }
        return names;
    }

    private void bindFields() {
        binder.forField(name).bind("name");
        binder.forField(channel).bind("channel");
        binder.forField(vertical).withValidator((value, context) -> value != null
                || !vertical.isRequiredIndicatorVisible() ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("community.error.verticalRequired"))).bind("verticalId");
        binder.forField(client).bind("clientId");
        binder.forField(status).bind("status");
        binder.forField(capacity).withValidator((value, context) -> {
            Integer limit = channel.getValue() == null ? null : channel.getValue().capacityLimit();
            return limit != null && value != null && value > limit
                    ? ValidationResult.error(getTranslation("community.error.capacityOverChannel", limit))
                    : ValidationResult.ok();
        }).bind("memberCapacity");
        binder.forField(operators).bind("operatorIds");
        binder.forField(description).bind("description");
    }

    private FormLayout layout() {
        FormLayout form = new FormLayout(name, channel, vertical, client, status, capacity, operators, description);
        form.setColspan(name, 2);
        form.setColspan(operators, 2);
        form.setColspan(description, 2);
        return form;
    }

    private void footer() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("community-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("community-cancel");
        reload.setText(getTranslation("action.reload"));
        reload.setId("community-reload");
        reload.setVisible(false);
        reload.addClickListener(event -> reloadLatest());
        getFooter().add(reload, cancel, save);
    }

    private void updateCapacityHelper() {
        Channel selected = channel.getValue();
        capacity.setHelperText(selected == Channel.WECHAT_GROUP
                ? getTranslation("community.field.capacity.wechatHelper") : null);
    }

    private void save() {
        CommunityForm form = new CommunityForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            CommunitySummary saved = existing == null ? communities.create(form)
                    : communities.update(existing.id(), existing.version(), form);
            Notifications.success(getTranslation("community.saved"));
            close();
            onSaved.accept(saved);
        } catch (UserFacingException | OptimisticLockingFailureException error) {
            if (error instanceof ConcurrentEditException
                    || error instanceof OptimisticLockingFailureException) {
                reload.setVisible(true);
            }
            FormErrors.show(error, Map.<String, HasValidation>of("name", name, "clientId", client,
                    "memberCapacity", capacity, "verticalId", vertical));
        }
    }

    /** After a concurrent change: show the other person's version, so the user re-applies their edit knowingly. */
    private void reloadLatest() {
        if (existing == null) {
            return;
        }
        communities.find(existing.id()).ifPresentOrElse(latest -> {
            existing = latest;
            binder.readBean(CommunityForm.of(latest));
            reload.setVisible(false);
        }, this::close);
    }
}

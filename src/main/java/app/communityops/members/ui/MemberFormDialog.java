package app.communityops.members.ui;

import app.communityops.members.MemberDetails;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds a member to the community (as an application: screening decides the rest) or edits a member's details.
 * A handle the tenant already knows adds that person rather than a second one.
 */
class MemberFormDialog extends Dialog {

    private final MemberService members;
    private final UUID communityId;
    private final @Nullable MemberDetails existing;
    private final Runnable onSaved;
    private final BeanValidationBinder<MemberForm> binder = new BeanValidationBinder<>(MemberForm.class);
    private final TextField name = new TextField();
    private final TextField nickname = new TextField();
    private final TextField handle = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TagField tags = new TagField("");
    private final ComboBox<UUID> channel = new ComboBox<>();
    private final ComboBox<UUID> tier = new ComboBox<>();
    private final BigDecimalField purchase = new BigDecimalField();
    private final TextArea notes = new TextArea();

    MemberFormDialog(MemberService members, MemberLookups lookups, UUID communityId, @Nullable MemberDetails existing,
                     Runnable onSaved) {
        this.members = members;
        this.communityId = communityId;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("member-dialog");
        setHeaderTitle(getTranslation(existing == null ? "member.dialog.new" : "member.dialog.edit"));
        setWidth("min(40rem, 100vw)");
        configure(lookups);
        bind();
        FormLayout form = new FormLayout(name, nickname, handle, phone, email, channel, tier, purchase, tags, notes);
        form.setColspan(tags, 2);
        form.setColspan(notes, 2);
        add(form);

        FormDialogButtons.primary(this, getTranslation("action.save"), "member-save", "member-cancel", event -> save());

        MemberForm initial = existing == null ? new MemberForm() : MemberForm.of(existing);
        tags.offer(initial.getTags());
        binder.readBean(initial);
    }

    private void configure(MemberLookups lookups) {
        field(name, "member-name", "member.field.name", 120);
        // The binder marks @NotNull fields as required but not @NotBlank ones.
        name.setRequiredIndicatorVisible(true);
        field(nickname, "member-nickname", "member.field.nickname", 120);
        field(handle, "member-handle", "member.field.handle", 120);
        handle.setRequiredIndicatorVisible(true);
        handle.setHelperText(getTranslation("member.field.handleHelper"));
        field(phone, "member-phone", "member.field.phone", 40);
        email.setId("member-email");
        email.setLabel(getTranslation("member.field.email"));
        tags.setId("member-tags");
        tags.setLabel(getTranslation("member.field.tags"));
        tags.setHelperText(getTranslation("members.filter.tagsHelper"));
        channel.setId("member-channel");
        channel.setLabel(getTranslation("member.field.channel"));
        channel.setItems(lookups.channelNames().keySet());
        channel.setItemLabelGenerator(lookups::channel);
        channel.setClearButtonVisible(true);
        tier.setId("member-tier");
        tier.setLabel(getTranslation("member.field.tier"));
        tier.setItems(lookups.tierNames().keySet());
        tier.setItemLabelGenerator(lookups::tier);
        tier.setClearButtonVisible(true);
        purchase.setId("member-purchase");
        purchase.setLabel(getTranslation("member.field.lifetimePurchase"));
        notes.setId("member-notes");
        notes.setLabel(getTranslation("member.field.notes"));
        notes.setMaxLength(2000);
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(nickname).bind("nickname");
        binder.forField(handle).bind("handle");
        binder.forField(phone).bind("phone");
        binder.forField(email).bind("email");
        binder.forField(tags).bind(MemberForm::getTags, (form, value) -> form.setTags(new LinkedHashSet<>(value)));
        binder.forField(channel).bind("channelId");
        binder.forField(tier).bind("tierId");
        binder.forField(purchase).bind("lifetimePurchase");
        binder.forField(notes).bind("notes");
    }

    private void save() {
        MemberForm form = existing == null ? new MemberForm() : MemberForm.of(existing);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            if (existing == null) {
                members.addToCommunity(communityId, form);
            } else {
                members.update(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("member.saved", form.getName().strip()));
            close();
            onSaved.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(() -> {
                close();
                onSaved.run();
            });
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("name", name, "handle", handle));
        }
    }
}

package app.communityops.screening.ui;

import app.communityops.screening.Option;
import app.communityops.screening.PositioningDetails;
import app.communityops.screening.PositioningForm;
import app.communityops.screening.PositioningService;
import app.communityops.screening.ValueTag;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/** Edits Who, Where and Why. Personas and free tags are typed in; channels come from the tenant's list. */
class PositioningDialog extends Dialog {

    private final PositioningService positionings;
    private final PositioningDetails loaded;
    private final Runnable onSaved;
    private final Binder<PositioningForm> binder = new BeanValidationBinder<>(PositioningForm.class);
    private final TextArea who = new TextArea();
    private final MultiSelectComboBox<String> personas = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UUID> channels = new MultiSelectComboBox<>();
    private final TextArea why = new TextArea();
    private final CheckboxGroup<ValueTag> values = new CheckboxGroup<>();
    private final MultiSelectComboBox<String> freeTags = new MultiSelectComboBox<>();

    PositioningDialog(PositioningService positionings, PositioningDetails loaded, Runnable onSaved) {
        this.positionings = positionings;
        this.loaded = loaded;
        this.onSaved = onSaved;
        setId("positioning-dialog");
        setHeaderTitle(getTranslation("screening.positioning.dialog"));
        setWidth("min(42rem, 100vw)");
        configure();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(who).bind("who");
        binder.forField(personas).bind("personas");
        binder.forField(channels).bind("channelIds");
        binder.forField(why).bind("why");
        binder.forField(values).bind("values");
        binder.forField(freeTags).bind("freeTags");
        PositioningForm form = PositioningForm.of(loaded);
        personas.setItems(new LinkedHashSet<>(form.getPersonas()));
        freeTags.setItems(new LinkedHashSet<>(form.getFreeTags()));
        binder.readBean(form);
        FormLayout layout = new FormLayout(who, personas, channels, why, values, freeTags);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        footer();
    }

    private void configure() {
        who.setId("positioning-who");
        who.setLabel(getTranslation("screening.positioning.who"));
        who.setHelperText(getTranslation("screening.positioning.whoHelper"));
        who.setMaxLength(2000);
        typedTags(personas, "positioning-personas", "screening.positioning.personas");

        Map<UUID, String> names = new LinkedHashMap<>();
        positionings.channels().forEach((Option channel) -> names.put(channel.id(), channel.name()));
        channels.setId("positioning-channels");
        channels.setLabel(getTranslation("screening.positioning.where"));
        channels.setItems(names.keySet());
        channels.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        if (names.isEmpty()) {
            channels.setHelperText(getTranslation("screening.positioning.noChannels"));
        }

        why.setId("positioning-why");
        why.setLabel(getTranslation("screening.positioning.why"));
        why.setMaxLength(2000);
        values.setId("positioning-values");
        values.setLabel(getTranslation("screening.positioning.values"));
        values.setItems(ValueTag.values());
        values.setItemLabelGenerator(value -> getTranslation("screening.value." + value.name()));
        typedTags(freeTags, "positioning-free-tags", "screening.positioning.freeTags");
    }

    /** A multi-select whose options are whatever the user types, added on Enter. */
    private void typedTags(MultiSelectComboBox<String> field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation("screening.positioning.typeTags"));
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(event -> {
            String typed = event.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            Set<String> items = new LinkedHashSet<>(field.getListDataView().getItems().toList());
            items.add(typed);
            Set<String> selected = new LinkedHashSet<>(field.getValue());
            selected.add(typed);
            field.setItems(items);
            field.setValue(selected);
        });
    }

    private void footer() {
        FormDialogButtons.primary(this, getTranslation("action.save"), "positioning-save", "positioning-cancel",
                event -> save());
    }

    private void save() {
        PositioningForm form = new PositioningForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            positionings.update(loaded.communityId(), loaded.version(), form);
            Notifications.success(getTranslation("screening.positioning.saved"));
            close();
            onSaved.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            close();
            StaleEdit.offerReload(onSaved);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("personas", personas, "channelIds", channels,
                    "freeTags", freeTags, "who", who, "why", why));
        }
    }
}

package app.communityops.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import java.util.function.Consumer;

/** Picks the tags to add to the selected members. */
class TagDialog extends Dialog {

    private final TagField tags = new TagField("");

    TagDialog(String title, Consumer<Set<String>> onConfirm) {
        setId("tag-dialog");
        setHeaderTitle(title);
        setWidth("min(28rem, 100vw)");
        tags.setId("tag-dialog-tags");
        tags.setLabel(getTranslation("members.bulk.tags"));
        tags.setHelperText(getTranslation("members.filter.tagsHelper"));
        tags.setWidthFull();
        add(tags);
        Button confirm = new Button(getTranslation("members.bulk.tag"), event -> {
            if (tags.getValue().isEmpty()) {
                tags.setErrorMessage(getTranslation("members.bulk.tagsRequired"));
                tags.setInvalid(true);
                return;
            }
            onConfirm.accept(Set.copyOf(tags.getValue()));
        });
        confirm.setId("tag-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }

    TagField field() {
        return tags;
    }
}

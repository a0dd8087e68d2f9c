package app.communityops.content.ui;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** Rewords one rulebook item or red line; the service keeps the previous wording in the item's history. */
class TextEditDialog extends Dialog {

    private final TextArea text = new TextArea();

    TextEditDialog(String title, String initial, int maxLength, Consumer<String> save, Runnable onSaved) {
        this(title, initial, maxLength, save, onSaved, "rulebook.saved");
    }

    /** {@code savedKey}: the message shown once saved. */
    TextEditDialog(String title, String initial, int maxLength, Consumer<String> save, Runnable onSaved,
                   String savedKey) {
        setId("text-edit-dialog");
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        text.setId("text-edit-value");
        text.setWidthFull();
        text.setMaxLength(maxLength);
        text.setValue(initial);
        text.setAriaLabel(title);
        add(text);
        Button saveButton = new Button(getTranslation("action.save"), event -> {
            try {
                text.setInvalid(false);
                save.accept(text.getValue());
                Notifications.success(getTranslation(savedKey));
                close();
                onSaved.run();
            } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
                close();
                StaleEdit.offerReload(onSaved);
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("text", text));
            }
        });
        saveButton.setId("text-edit-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("text-edit-cancel");
        getFooter().add(cancel, saveButton);
    }
}

package app.communityops.shared.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.jspecify.annotations.Nullable;

/** The footer of a form dialog, the same everywhere: Cancel, which only closes, then the primary action. */
public final class FormDialogButtons {

    private FormDialogButtons() {
    }

    /** Adds both buttons and returns the primary one, for callers that enable or disable it. */
    public static Button primary(Dialog dialog, String text, String id, @Nullable String cancelId,
                                 ComponentEventListener<ClickEvent<Button>> action) {
        Button primary = new Button(text, action);
        primary.setId(id);
        primary.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(dialog.getTranslation("action.cancel"), event -> dialog.close());
        if (cancelId != null) {
            cancel.setId(cancelId);
        }
        dialog.getFooter().add(cancel, primary);
        return primary;
    }
}

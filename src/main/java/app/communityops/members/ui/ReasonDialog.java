package app.communityops.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the reason of a reject, warning or elimination (required), and for warnings and eliminations the red
 * line it breaks (optional). The confirm button hands both on; the caller closes the dialog once done.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final ComboBox<UUID> redLine = new ComboBox<>();

    /** {@code redLines} (id to text, in the order offered) is null when the action cites no red line. */
    ReasonDialog(String title, String text, String confirmLabel, boolean danger,
                 @Nullable SequencedMap<UUID, String> redLines,
                 BiConsumer<String, @Nullable UUID> onConfirm) {
        setId("reason-dialog");
        setHeaderTitle(title);
        setWidth("min(32rem, 100vw)");

        reason.setId("reason-text");
        reason.setLabel(getTranslation("members.bulk.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        VerticalLayout content = new VerticalLayout(new Paragraph(text), reason);
        content.setPadding(false);
        if (redLines != null) {
            redLine.setId("reason-red-line");
            redLine.setLabel(getTranslation("members.bulk.redLine"));
            redLine.setItems(List.copyOf(redLines.keySet()));
            redLine.setItemLabelGenerator(redLines::get);
            redLine.setClearButtonVisible(true);
            redLine.setWidthFull();
            redLine.setHelperText(redLines.isEmpty() ? getTranslation("members.bulk.noRedLines") : null);
            redLine.setEnabled(!redLines.isEmpty());
            content.add(redLine);
        }
        add(content);

        Button confirm = new Button(confirmLabel, event -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("membership.error.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            onConfirm.accept(reason.getValue().strip(), redLine.getValue());
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(danger ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
        }
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("reason-cancel");
        getFooter().add(cancel, confirm);
    }
}

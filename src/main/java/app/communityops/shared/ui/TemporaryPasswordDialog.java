package app.communityops.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated temporary password exactly once: it is stored only as a hash, so once this dialog closes
 * nobody can read it again.
 */
public final class TemporaryPasswordDialog extends Dialog {

    public TemporaryPasswordDialog(String email, String password) {
        setId("temporary-password-dialog");
        setHeaderTitle(getTranslation("password.reset.done.title", email));
        setCloseOnOutsideClick(false);

        TextField value = new TextField(getTranslation("password.reset.done.password"));
        value.setId("temporary-password");
        value.setValue(password);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("temporary-password");
        Button copy = new Button(getTranslation("password.reset.done.copy"), VaadinIcon.COPY.create(),
                event -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", password));
        copy.setId("copy-temporary-password");
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();

        Paragraph hint = new Paragraph(getTranslation("password.reset.done.hint"));
        hint.addClassName("temporary-password-hint");
        add(row, hint);

        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("temporary-password-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        setWidth("32rem");
        setMaxWidth("100%");
    }
}

package app.communityops.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The token of a key just created: the only time it is shown. */
class ApiKeyTokenDialog extends Dialog {

    ApiKeyTokenDialog(String keyName, String token) {
        setId("api-key-token-dialog");
        setHeaderTitle(getTranslation("api.keys.created.title", keyName));
        setCloseOnOutsideClick(false);
        TextField value = new TextField(getTranslation("api.keys.created.token"));
        value.setId("api-key-token");
        value.setValue(token);
        value.setReadOnly(true);
        value.setWidthFull();
        Button copy = new Button(getTranslation("password.reset.done.copy"), VaadinIcon.COPY.create(),
                event -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", token));
        copy.setId("api-key-copy");
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        add(row, new Paragraph(getTranslation("api.keys.created.hint")));
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("api-key-token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("40rem");
        setMaxWidth("100%");
    }
}

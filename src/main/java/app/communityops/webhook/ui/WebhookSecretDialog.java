package app.communityops.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** An endpoint's signing secret, just created or rotated: the only time it is shown. */
class WebhookSecretDialog extends Dialog {

    WebhookSecretDialog(String endpointName, String secret, boolean rotated) {
        setId("webhook-secret-dialog");
        setHeaderTitle(getTranslation(rotated ? "webhook.secret.rotatedTitle" : "webhook.secret.createdTitle",
                endpointName));
        setCloseOnOutsideClick(false);
        TextField value = new TextField(getTranslation("webhook.secret.label"));
        value.setId("webhook-secret");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        Button copy = new Button(getTranslation("webhook.secret.copy"), VaadinIcon.COPY.create(),
                event -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret));
        copy.setId("webhook-secret-copy");
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        add(row, new Paragraph(getTranslation("webhook.secret.hint")));
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("webhook-secret-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("40rem");
        setMaxWidth("100%");
    }
}

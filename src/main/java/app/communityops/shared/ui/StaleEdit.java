package app.communityops.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Someone else saved first: say so and offer to reload rather than let the user overwrite their change. */
public final class StaleEdit {

    private StaleEdit() {
    }

    public static void offerReload(Runnable reload) {
        UI ui = UI.getCurrent();
        Notification notification = new Notification();
        notification.setId("concurrent-edit");
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button(ui.getTranslation("action.reload"), event -> {
            notification.close();
            reload.run();
        });
        reloadButton.setId("concurrent-edit-reload");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(ui.getTranslation("action.close"));
        HorizontalLayout content = new HorizontalLayout(new Span(ui.getTranslation("error.concurrentEdit")),
                reloadButton, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}

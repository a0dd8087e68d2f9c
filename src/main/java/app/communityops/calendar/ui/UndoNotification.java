package app.communityops.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;

/** "Moved …" with an Undo button, long enough to change one's mind. */
final class UndoNotification {

    private UndoNotification() {
    }

    static void show(String text, String undoLabel, Runnable undo) {
        Notification notification = new Notification();
        notification.setId("calendar-moved");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        Button button = new Button(undoLabel, event -> {
            notification.close();
            undo.run();
        });
        button.setId("calendar-undo");
        button.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout content = new HorizontalLayout(new Span(text), button);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}

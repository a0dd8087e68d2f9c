package app.communityops.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent toasts: success is brief, errors stay until read. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification notification = new Notification(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.open();
    }
}

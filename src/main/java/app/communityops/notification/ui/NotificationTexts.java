package app.communityops.notification.ui;

import app.communityops.notification.NotificationItem;
import com.vaadin.flow.component.Component;

/** A notification's text in the reader's language; the kind is the publishing feature's i18n key. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(Component context, NotificationItem item) {
        return item.arguments().isEmpty() ? context.getTranslation(item.kind())
                : context.getTranslation(item.kind(), item.arguments().toArray());
    }
}

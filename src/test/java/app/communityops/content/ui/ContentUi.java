package app.communityops.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;

/** Small lookups the content view tests share. */
final class ContentUi {

    private ContentUi() {
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    static Button button(String id) {
        return byId(Button.class, id);
    }

    static String text(String id) {
        return byId(Component.class, id).getElement().getTextRecursively();
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", "")).toList();
    }
}

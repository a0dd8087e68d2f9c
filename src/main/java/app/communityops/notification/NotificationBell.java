package app.communityops.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The navbar's bell: opens the notifications page and shows the unread count. The count is read again after
 * every navigation, which is when a user looks at the navbar anyway; no polling.
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        Button button = getContent();
        button.setId("notification-bell");
        button.setIcon(VaadinIcon.BELL.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("notification-bell");
        badge.setId("notification-badge");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        button.setSuffixComponent(badge);
        button.addClickListener(
                event -> button.getUI().ifPresent(ui -> ui.navigate(NotificationNavigation.LIST_ROUTE)));
        refresh();
    }

    public void refresh() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notification.bell")
                : getTranslation("notification.bell.unread", unread);
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }

    /** Tells the bell of the given UI that notifications were read elsewhere on the screen. */
    public static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new ChangedEvent(ui));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Registration registration = ComponentUtil.addListener(attachEvent.getUI(), ChangedEvent.class,
                event -> refresh());
        addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private static final class ChangedEvent extends ComponentEvent<UI> {

        ChangedEvent(UI source) {
            super(source, false);
        }
    }
}

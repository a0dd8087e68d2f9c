package app.communityops.notification.ui;

import app.communityops.notification.NotificationBell;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationNavigation;
import app.communityops.notification.NotificationService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The signed-in user's notifications, newest first: open one, mark it read, or mark all read. */
@Route(NotificationNavigation.LIST_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Div empty = new Div();
    private final Button markAll = new Button();
    private final DateTimeFormatter times;

    NotificationsView(NotificationService notifications, TenantDirectory tenants) {
        this.notifications = notifications;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        setId("notifications-view");
        setSizeFull();
        markAll.setText(getTranslation("notification.markAllRead"));
        markAll.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        markAll.setId("notifications-mark-all");
        markAll.addClickListener(event -> {
            notifications.markAllRead();
            refresh();
        });
        Button emailSettings = new Button(getTranslation("mail.settings.title"), VaadinIcon.ENVELOPE_O.create(),
                event -> UI.getCurrent().navigate(NotificationNavigation.SETTINGS_ROUTE));
        emailSettings.setId("notifications-email-settings");
        emailSettings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div toolbar = new Div(markAll, emailSettings);
        toolbar.addClassName("view-toolbar");
        add(toolbar, configureGrid(), configureEmpty());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }

    private Grid<NotificationItem> configureGrid() {
        grid.setId("notifications-grid");
        grid.addComponentColumn(this::message).setKey("message").setHeader(getTranslation("notification.column.message"))
                .setFlexGrow(3);
        grid.addColumn(item -> times.format(item.createdAt())).setKey("created")
                .setHeader(getTranslation("notification.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private Component message(NotificationItem item) {
        Span text = new Span(NotificationTexts.text(this, item));
        text.addClassName(item.unread() ? "notification-unread" : "notification-read");
        return text;
    }

    private Component actions(NotificationItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (item.link() != null) {
            Button open = new Button(VaadinIcon.ARROW_FORWARD.create(), event -> open(item));
            open.setId("open-" + item.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("notification.open"));
            open.setTooltipText(getTranslation("notification.open"));
            actions.add(open);
        }
        if (item.unread()) {
            Button read = new Button(VaadinIcon.CHECK.create(), event -> {
                notifications.markRead(item.id());
                refresh();
            });
            read.setId("read-" + item.id());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            read.setAriaLabel(getTranslation("notification.markRead"));
            read.setTooltipText(getTranslation("notification.markRead"));
            actions.add(read);
        }
        return actions;
    }

    private void open(NotificationItem item) {
        if (item.unread()) {
            notifications.markRead(item.id());
        }
        // A link may carry query parameters (a run log filtered to one rule), which navigate(String) refuses.
        String link = item.link();
        if (link == null) {
            return;
        }
        com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(link);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private Component configureEmpty() {
        empty.setId("notifications-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.BELL_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("notification.empty")));
        return empty;
    }

    private void refresh() {
        List<NotificationItem> items = notifications.list();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        markAll.setEnabled(items.stream().anyMatch(NotificationItem::unread));
        NotificationBell.changed(UI.getCurrent());
    }
}

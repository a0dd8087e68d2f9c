package app.communityops.security.ui;

import app.communityops.security.SessionSummary;
import app.communityops.security.SignedInSessions;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "Where you are signed in" under My account: every open session of the user, this one marked, the others each
 * with a button that ends it after a confirmation (docs/decisions/0023-signed-in-sessions.md).
 */
final class SessionsCard extends Div {

    private final SignedInSessions sessions;
    private final Grid<SessionSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    SessionsCard(SignedInSessions sessions) {
        this.sessions = sessions;
        setId("myaccount-sessions");
        addClassName("area-card");
        setWidthFull();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("sessions-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::device).setKey("device").setHeader(getTranslation("sessions.column.device"))
                .setFlexGrow(2);
        grid.addColumn(session -> session.clientAddress() == null ? "" : session.clientAddress()).setKey("address")
                .setHeader(getTranslation("sessions.column.address"));
        grid.addColumn(session -> time.format(session.signedInAt())).setKey("signedIn")
                .setHeader(getTranslation("sessions.column.signedIn"));
        grid.addColumn(session -> time.format(session.lastActiveAt())).setKey("lastActive")
                .setHeader(getTranslation("sessions.column.lastActive"));
        grid.addComponentColumn(this::action).setKey("action").setFlexGrow(0).setAutoWidth(true);
        empty.setText(getTranslation("sessions.empty"));
        empty.setId("sessions-empty");
        add(new H3(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.explain")), grid, empty);
        refresh();
    }

    private Component device(SessionSummary session) {
        DeviceNames.Device device = DeviceNames.of(session.userAgent());
        String browser = device.browser() == null ? getTranslation("sessions.device.unknownBrowser") : device.browser();
        String text = device.system() == null ? browser
                : getTranslation("sessions.device.on", browser, device.system());
        Span name = new Span(text);
        name.setTitle(session.userAgent() == null ? "" : session.userAgent());
        if (!session.current()) {
            return name;
        }
        Span current = new Span(getTranslation("sessions.current"));
        current.addClassNames("status-badge", "success");
        current.setId("session-current");
        Div both = new Div(name, new Span(" "), current);
        return both;
    }

    private Component action(SessionSummary session) {
        if (session.current()) {
            return new Span();
        }
        Button end = new Button(getTranslation("sessions.end"), VaadinIcon.SIGN_OUT.create(),
                event -> confirmEnd(session));
        end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        end.setId("end-session-" + session.id());
        end.addClassName("end-session");
        return end;
    }

    private void confirmEnd(SessionSummary session) {
        Confirm.danger(getTranslation("sessions.end.confirm.title"), getTranslation("sessions.end.confirm.text"),
                getTranslation("sessions.end"), () -> {
                    try {
                        sessions.endMine(session.id());
                        Notifications.success(getTranslation("sessions.ended"));
                    } catch (NotFoundException gone) {
                        Notifications.success(getTranslation("sessions.alreadyEnded"));
                    }
                    refresh();
                });
    }

    private void refresh() {
        List<SessionSummary> open = sessions.mine();
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        empty.setVisible(open.isEmpty());
    }
}

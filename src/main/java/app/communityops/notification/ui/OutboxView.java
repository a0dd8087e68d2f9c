package app.communityops.notification.ui;

import app.communityops.notification.MailStatus;
import app.communityops.notification.NotificationNavigation;
import app.communityops.notification.OutboxEntry;
import app.communityops.notification.OutboxMessage;
import app.communityops.notification.OutboxService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's outgoing mail: every message with its status, recipient, topic, subject, times, attempts and the
 * server's last answer, filtered by status; a message opens as it would go out (its HTML in a sandboxed frame that
 * runs no script), and a failed one can be sent again.
 */
@Route(NotificationNavigation.OUTBOX_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "mail.outbox.menu", order = 95, icon = "ENVELOPES_O")
@NavGroup(NavArea.ADMINISTRATION)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxService outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Select<MailStatus> filter = new Select<>();
    private final Div empty = new Div();
    private final Span serverNote = new Span();
    private final DateTimeFormatter times;
    private Map<MailStatus, Integer> counts = Map.of();

    OutboxView(OutboxService outbox, TenantDirectory tenants) {
        this.outbox = outbox;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        setId("outbox-view");
        setSizeFull();
        filter.setId("outbox-filter");
        filter.setLabel(getTranslation("mail.outbox.filter"));
        filter.setItems(MailStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setItemLabelGenerator(this::label);
        filter.addValueChangeListener(event -> refresh());
        serverNote.setId("outbox-server-note");
        serverNote.addClassName("form-hint");
        Div toolbar = new Div(filter);
        toolbar.addClassName("view-toolbar");
        add(serverNote, toolbar, configureGrid(), configureEmpty());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }

    private String label(@Nullable MailStatus status) {
        if (status == null) {
            return getTranslation("mail.outbox.all", counts.values().stream().mapToInt(Integer::intValue).sum());
        }
        return getTranslation("mail.outbox.filterStatus", getTranslation("mail.status." + status.name()),
                counts.getOrDefault(status, 0));
    }

    private Grid<OutboxEntry> configureGrid() {
        grid.setId("outbox-grid");
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("mail.outbox.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::recipient).setKey("recipient")
                .setHeader(getTranslation("mail.outbox.column.recipient")).setFlexGrow(2);
        grid.addColumn(this::topic).setKey("topic")
                .setHeader(getTranslation("mail.outbox.column.topic")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::subject).setKey("subject").setHeader(getTranslation("mail.outbox.column.subject"))
                .setFlexGrow(3);
        grid.addColumn(entry -> times.format(entry.queuedAt())).setKey("queued")
                .setHeader(getTranslation("mail.outbox.column.queued")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> format(entry.sentAt())).setKey("sent")
                .setHeader(getTranslation("mail.outbox.column.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setKey("attempts")
                .setHeader(getTranslation("mail.outbox.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::error).setKey("error").setHeader(getTranslation("mail.outbox.column.error"))
                .setFlexGrow(2);
        grid.addItemClickListener(event -> open(event.getItem()));
        return grid;
    }

    private Component status(OutboxEntry entry) {
        Span badge = new Span(getTranslation("mail.status." + entry.status().name()));
        badge.addClassName("status-badge");
        badge.addClassName(switch (entry.status()) {
            case SENT -> "success";
            case FAILED, NOT_SENDABLE -> "error";
            default -> "contrast";
        });
        return badge;
    }

    private String topic(OutboxEntry entry) {
        return getTranslation(entry.digest() ? "mail.topic.digest" : "mail.topic." + entry.topic().name());
    }

    private String recipient(OutboxEntry entry) {
        String email = entry.recipientEmail();
        String name = entry.recipientName();
        if (email == null) {
            return getTranslation("mail.outbox.noRecipient");
        }
        return name == null ? email : name + " <" + email + ">";
    }

    private String error(OutboxEntry entry) {
        String error = entry.lastError();
        if (error == null) {
            return entry.nextAttemptAt() != null && entry.attempts() > 0
                    ? getTranslation("mail.outbox.nextAttempt", format(entry.nextAttemptAt())) : "";
        }
        String text = error.startsWith("mail.error.") ? getTranslation(error) : error;
        return entry.nextAttemptAt() != null
                ? text + " · " + getTranslation("mail.outbox.nextAttempt", format(entry.nextAttemptAt())) : text;
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    private Component configureEmpty() {
        empty.setId("outbox-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.ENVELOPES_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("mail.outbox.empty")));
        return empty;
    }

    private void refresh() {
        MailStatus selected = filter.getValue();
        counts = outbox.counts();
        filter.setEmptySelectionCaption(label(null));
        filter.getListDataView().refreshAll();
        List<OutboxEntry> entries = outbox.list(selected);
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        serverNote.setText(getTranslation(outbox.serverConfigured() ? "mail.outbox.serverOn" : "mail.outbox.serverOff"));
    }

    private void open(OutboxEntry entry) {
        OutboxMessage message = outbox.open(entry.id());
        Dialog dialog = new Dialog();
        dialog.setId("outbox-message");
        dialog.setHeaderTitle(message.entry().subject());
        dialog.setWidth("min(760px, 96vw)");
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        details.setSpacing(false);
        details.add(line("mail.outbox.column.recipient", recipient(message.entry())),
                line("mail.outbox.column.status", getTranslation("mail.status." + message.entry().status().name())),
                line("mail.outbox.column.topic", topic(message.entry())),
                line("mail.outbox.column.queued", format(message.entry().queuedAt())));
        if (message.entry().sentAt() != null) {
            details.add(line("mail.outbox.column.sent", format(message.entry().sentAt())));
        }
        if (!error(message.entry()).isEmpty()) {
            details.add(line("mail.outbox.column.error", error(message.entry())));
        }
        if (!message.attachments().isEmpty()) {
            details.add(line("mail.outbox.attachments", String.join(", ", message.attachments())));
        }
        IFrame html = new IFrame();
        html.setId("outbox-message-html");
        // No allow-scripts, no allow-same-origin: the message's markup can neither run code nor reach the console.
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.getElement().setAttribute("srcdoc", message.logoDataUri().isEmpty() ? message.html()
                : message.html().replace("cid:brand-logo", message.logoDataUri()));
        html.getElement().setAttribute("title", getTranslation("mail.outbox.html"));
        html.setWidthFull();
        html.setHeight("420px");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
        Pre text = new Pre(message.text());
        text.setId("outbox-message-text");
        text.getStyle().set("white-space", "pre-wrap");
        TabSheet bodies = new TabSheet();
        bodies.setWidthFull();
        bodies.add(getTranslation("mail.outbox.html"), html);
        bodies.add(getTranslation("mail.outbox.text"), text);
        dialog.add(details, bodies);
        if (message.entry().status() == MailStatus.FAILED) {
            Button retry = new Button(getTranslation("mail.outbox.retry"), VaadinIcon.REFRESH.create(), event -> {
                try {
                    outbox.retry(message.entry().id(), message.entry().version());
                    Notifications.success(getTranslation("mail.outbox.retried"));
                } catch (UserFacingException stale) {
                    Notifications.error(getTranslation("mail.outbox.stale"));
                }
                dialog.close();
                refresh();
            });
            retry.setId("outbox-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(retry);
        }
        Button close = new Button(getTranslation("mail.outbox.close"), event -> dialog.close());
        close.setId("outbox-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Component line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        line.add(label, new Span(value));
        return line;
    }
}

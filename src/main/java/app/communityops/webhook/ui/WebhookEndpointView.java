package app.communityops.webhook.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.webhook.DeliveryStatus;
import app.communityops.webhook.WebhookDeliveryDetails;
import app.communityops.webhook.WebhookDeliverySummary;
import app.communityops.webhook.WebhookEndpointSummary;
import app.communityops.webhook.WebhookNavigation;
import app.communityops.webhook.WebhookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One endpoint: what it receives and where, its actions (edit, switch off and on, send a test event, rotate the
 * secret, delete), and its delivery log, filtered by status; a delivery opens with the request body as sent, the
 * headers, the start of the answer, and can be replayed.
 */
@Route(WebhookNavigation.ENDPOINT_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
class WebhookEndpointView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int POLL_MILLIS = 2000;

    private final WebhookService webhooks;
    private final CommunityService communities;
    private final DateTimeFormatter times;
    private final Grid<WebhookDeliverySummary> log = new Grid<>();
    private final Select<DeliveryStatus> filter = new Select<>();
    private final Div emptyLog = new Div();
    private final Div header = new Div();
    private Map<DeliveryStatus, Integer> counts = Map.of();
    private boolean refreshing;
    private List<WebhookDeliverySummary> shown = List.of();
    private @Nullable Registration polling;
    private int pollsLeft;
    // Set in beforeEnter, which Vaadin's router runs before the view is attached or asked for its title.
    @SuppressWarnings("NullAway.Init")
    private WebhookEndpointSummary endpoint;

    WebhookEndpointView(WebhookService webhooks, CommunityService communities, TenantDirectory tenants) {
        this.webhooks = webhooks;
        this.communities = communities;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);
        setId("webhook-endpoint-view");
        setSizeFull();
        RouterLink back = new RouterLink(getTranslation("webhook.back"), WebhooksView.class);
        back.setId("webhook-back");
        header.setWidthFull();
        filter.setId("webhook-log-filter");
        filter.setLabel(getTranslation("webhook.log.filter"));
        filter.setItems(DeliveryStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setItemLabelGenerator(this::filterLabel);
        filter.addValueChangeListener(event -> refreshLog());
        Button refresh = new Button(getTranslation("webhook.log.refresh"), VaadinIcon.REFRESH.create(),
                event -> reload());
        refresh.setId("webhook-log-refresh");
        HorizontalLayout logBar = new HorizontalLayout(filter, refresh);
        logBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        H3 logTitle = new H3(getTranslation("webhook.log.title"));
        add(back, header, logTitle, logBar, configureLog(), configureEmptyLog());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get(WebhookNavigation.ENDPOINT_PARAMETER).flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        endpoint = webhooks.find(id);
        reload();
    }

    @Override
    public String getPageTitle() {
        return endpoint == null ? getTranslation("webhook.title") : endpoint.name();
    }

    private void reload() {
        endpoint = webhooks.find(endpoint.id());
        showHeader();
        refreshLog();
    }

    private void showHeader() {
        header.removeAll();
        H2 title = new H2(endpoint.name());
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title, WebhookLabels.enabled(this, endpoint.enabled()));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Div facts = new Div();
        facts.setId("webhook-facts");
        facts.addClassName("area-card");
        facts.add(fact("webhook.column.url", endpoint.url()),
                fact("webhook.column.events", endpoint.eventTypes().stream().sorted()
                        .map(type -> WebhookLabels.event(this, type)).collect(Collectors.joining(", "))),
                fact("webhook.column.communities", communityNames()),
                fact("webhook.secretRotated", times.format(endpoint.secretRotatedAt())),
                fact("webhook.created", times.format(endpoint.createdAt())));
        header.add(heading, facts, actions());
    }

    private String communityNames() {
        if (endpoint.communityIds().isEmpty()) {
            return getTranslation("webhook.allCommunities");
        }
        Map<UUID, String> names = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a));
        return endpoint.communityIds().stream().map(id -> names.getOrDefault(id, "…"))
                .collect(Collectors.joining(", "));
    }

    private Component actions() {
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                event -> new WebhookEndpointDialog(webhooks, communities.visible(), endpoint, created -> { },
                        saved -> reload()).open());
        edit.setId("webhook-edit");
        Button toggle = new Button(getTranslation(endpoint.enabled() ? "webhook.disable" : "webhook.enable"),
                (endpoint.enabled() ? VaadinIcon.PAUSE : VaadinIcon.PLAY).create(), event -> toggle());
        toggle.setId("webhook-toggle");
        Button test = new Button(getTranslation("webhook.test"), VaadinIcon.PAPERPLANE_O.create(), event -> {
            webhooks.sendTest(endpoint.id());
            Notifications.success(getTranslation("webhook.test.queued"));
            reload();
            watchForAnswers();
        });
        test.setId("webhook-test");
        Button rotate = new Button(getTranslation("webhook.rotate"), VaadinIcon.KEY_O.create(),
                event -> Confirm.danger(getTranslation("webhook.rotate.title", endpoint.name()),
                        getTranslation("webhook.rotate.text"), getTranslation("webhook.rotate"), this::rotate));
        rotate.setId("webhook-rotate");
        Button delete = new Button(getTranslation("webhook.delete"), VaadinIcon.TRASH.create(),
                event -> Confirm.danger(getTranslation("webhook.delete.title", endpoint.name()),
                        getTranslation("webhook.delete.text"), getTranslation("webhook.delete"), this::delete));
        delete.setId("webhook-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, test, rotate, delete);
        actions.setId("webhook-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void toggle() {
        stale(() -> {
            endpoint = webhooks.setEnabled(endpoint.id(), endpoint.version(), !endpoint.enabled());
            Notifications.success(getTranslation(endpoint.enabled() ? "webhook.enabled.done" : "webhook.disabled.done"));
        });
        reload();
    }

    private void rotate() {
        stale(() -> {
            var rotated = webhooks.rotateSecret(endpoint.id(), endpoint.version());
            new WebhookSecretDialog(rotated.endpoint().name(), rotated.secret(), true).open();
        });
        reload();
    }

    private void delete() {
        stale(() -> {
            webhooks.delete(endpoint.id(), endpoint.version());
            Notifications.success(getTranslation("webhook.deleted", endpoint.name()));
            UI.getCurrent().navigate(WebhooksView.class);
        });
    }

    private void stale(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            StaleEdit.offerReload(this::reload);
        }
    }

    private Grid<WebhookDeliverySummary> configureLog() {
        log.setId("webhook-log");
        log.addComponentColumn(delivery -> WebhookLabels.status(this, delivery.status())).setKey("status")
                .setHeader(getTranslation("webhook.log.status")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(delivery -> WebhookLabels.wire(this, delivery.eventType())
                        + (delivery.replayOf() != null ? " · " + getTranslation("webhook.log.replay") : ""))
                .setKey("event").setHeader(getTranslation("webhook.log.event")).setAutoWidth(true).setFlexGrow(1);
        log.addColumn(delivery -> times.format(delivery.createdAt())).setKey("created")
                .setHeader(getTranslation("webhook.log.created")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(WebhookDeliverySummary::attempts).setKey("attempts")
                .setHeader(getTranslation("webhook.log.attempts")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(delivery -> delivery.lastStatus() == null ? "" : String.valueOf(delivery.lastStatus()))
                .setKey("answer").setHeader(getTranslation("webhook.log.answer")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(delivery -> delivery.durationMs() == null ? ""
                        : getTranslation("webhook.log.ms", delivery.durationMs())).setKey("duration")
                .setHeader(getTranslation("webhook.log.duration")).setAutoWidth(true).setFlexGrow(0);
        log.addColumn(this::note).setKey("note").setHeader(getTranslation("webhook.log.note")).setFlexGrow(3)
                .setTooltipGenerator(this::note);
        log.addItemClickListener(event -> open(event.getItem()));
        return log;
    }

    private String note(WebhookDeliverySummary delivery) {
        String error = delivery.lastError() == null ? "" : delivery.lastError();
        if (delivery.nextAttemptAt() != null) {
            String next = getTranslation(delivery.attempts() == 0 ? "webhook.log.firstAttempt" : "webhook.log.next",
                    times.format(delivery.nextAttemptAt()));
            return error.isEmpty() ? next : error + " · " + next;
        }
        return error;
    }

    private Component configureEmptyLog() {
        emptyLog.setId("webhook-log-empty");
        emptyLog.addClassName("empty-state");
        var icon = VaadinIcon.PAPERPLANE_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        emptyLog.add(icon, new Span(getTranslation("webhook.log.empty")));
        return emptyLog;
    }

    private String filterLabel(@Nullable DeliveryStatus status) {
        if (status == null) {
            return getTranslation("webhook.log.all", counts.values().stream().mapToInt(Integer::intValue).sum());
        }
        return getTranslation("webhook.log.filterStatus", getTranslation("webhook.status." + status.name()),
                counts.getOrDefault(status, 0));
    }

    private void refreshLog() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            DeliveryStatus selected = filter.getValue();
            counts = webhooks.counts(endpoint.id());
            filter.setEmptySelectionCaption(filterLabel(null));
            // Refreshing the labels (with their counts) clears a Select's value: it is put back.
            filter.getListDataView().refreshAll();
            if (selected != null && filter.getValue() != selected) {
                filter.setValue(selected);
            }
            List<WebhookDeliverySummary> deliveries = webhooks.deliveries(endpoint.id(), selected);
            shown = deliveries;
            log.setItems(deliveries);
            // The widths were measured while the log was empty (or hidden): measured again on its rows.
            log.recalculateColumnWidths();
            log.setVisible(!deliveries.isEmpty());
            emptyLog.setVisible(deliveries.isEmpty());
        } finally {
            refreshing = false;
        }
    }

    /**
     * A test or a replay is sent by the next run of the sender, seconds away: the log looks again every few seconds
     * until no test or replay waits any more (or a minute has passed), so its answer shows without a click.
     */
    private void watchForAnswers() {
        UI ui = UI.getCurrent();
        pollsLeft = 30;
        if (ui == null || polling != null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(event -> {
            refreshLog();
            pollsLeft--;
            if (pollsLeft <= 0 || shown.stream().noneMatch(d -> d.manual() && d.status() == DeliveryStatus.PENDING)) {
                stopWatching();
            }
        });
    }

    private void stopWatching() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
        super.onDetach(event);
    }

    private void open(WebhookDeliverySummary row) {
        WebhookDeliveryDetails details = webhooks.delivery(row.id());
        WebhookDeliverySummary delivery = details.delivery();
        Dialog dialog = new Dialog();
        dialog.setId("webhook-delivery");
        dialog.setHeaderTitle(WebhookLabels.wire(this, delivery.eventType()));
        dialog.setWidth("min(820px, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        body.add(fact("webhook.log.status", getTranslation("webhook.status." + delivery.status().name())),
                fact("webhook.log.eventId", delivery.eventId().toString()),
                fact("webhook.log.deliveryId", delivery.id().toString()),
                fact("webhook.column.url", details.url()),
                fact("webhook.log.created", times.format(delivery.createdAt())),
                fact("webhook.log.attempts", String.valueOf(delivery.attempts())));
        if (delivery.lastAttemptAt() != null) {
            body.add(fact("webhook.log.lastAttempt", format(delivery.lastAttemptAt())
                    + (delivery.lastStatus() == null ? "" : " · HTTP " + delivery.lastStatus())
                    + (delivery.durationMs() == null ? "" : " · " + getTranslation("webhook.log.ms",
                    delivery.durationMs()))));
        }
        if (!note(delivery).isEmpty()) {
            body.add(fact("webhook.log.note", note(delivery)));
        }
        body.add(new H3(getTranslation("webhook.log.request")));
        Pre headers = new Pre(details.headers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        headers.setId("webhook-delivery-headers");
        Pre request = new Pre(pretty(details.payload()));
        request.setId("webhook-delivery-body");
        request.getStyle().set("white-space", "pre-wrap").set("max-height", "20rem").set("overflow", "auto");
        body.add(headers, request, new H3(getTranslation("webhook.log.response")));
        Pre answer = new Pre(details.answerExcerpt().isEmpty() ? getTranslation("webhook.log.noAnswer")
                : details.answerExcerpt());
        answer.setId("webhook-delivery-answer");
        answer.getStyle().set("white-space", "pre-wrap").set("max-height", "12rem").set("overflow", "auto");
        body.add(answer, new Paragraph(getTranslation("webhook.log.replayHint")));
        dialog.add(body);
        Button replay = new Button(getTranslation("webhook.log.replayAction"), VaadinIcon.REFRESH.create(), event -> {
            webhooks.replay(delivery.id());
            Notifications.success(getTranslation("webhook.log.replayed"));
            dialog.close();
            reload();
            watchForAnswers();
        });
        replay.setId("webhook-replay");
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), event -> dialog.close());
        close.setId("webhook-delivery-close");
        dialog.getFooter().add(close, replay);
        dialog.open();
    }

    private static String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (RuntimeException notJson) {
            return json;
        }
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    private Component fact(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        line.add(label, new Span(value));
        return line;
    }
}

package app.communityops.webhook.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.webhook.WebhookEndpointSummary;
import app.communityops.webhook.WebhookNavigation;
import app.communityops.webhook.WebhookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's webhook endpoints: each with its URL, the events it receives, its communities, whether it is on and
 * how its deliveries stand; a new endpoint is created here (its secret shown once), and each opens its page with the
 * delivery log.
 */
@Route(WebhookNavigation.ENDPOINTS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "webhook.menu", order = 62, icon = "CONNECT_O")
@NavGroup(NavArea.ADMINISTRATION)
class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final CommunityService communities;
    private final Grid<WebhookEndpointSummary> grid = new Grid<>();
    private final Div empty = new Div();
    private final DateTimeFormatter times;
    private Map<UUID, String> communityNames = Map.of();

    WebhooksView(WebhookService webhooks, CommunityService communities, TenantDirectory tenants) {
        this.webhooks = webhooks;
        this.communities = communities;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        setId("webhooks-view");
        setSizeFull();
        Button create = new Button(getTranslation("webhook.new"), VaadinIcon.PLUS.create(), event -> openForm());
        create.setId("webhook-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor docs = new Anchor("/api/docs", getTranslation("webhook.docs"));
        docs.setRouterIgnore(true);
        docs.setTarget("_blank");
        docs.setId("webhook-docs");
        Div toolbar = new Div(create);
        toolbar.addClassName("view-toolbar");
        Paragraph intro = new Paragraph(getTranslation("webhook.intro") + " ");
        intro.add(docs);
        add(intro, toolbar, configureGrid(), configureEmpty());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title");
    }

    private Grid<WebhookEndpointSummary> configureGrid() {
        grid.setId("webhooks-grid");
        grid.addColumn(WebhookEndpointSummary::name).setKey("name").setHeader(getTranslation("webhook.column.name"))
                .setAutoWidth(true).setFlexGrow(1).setTooltipGenerator(WebhookEndpointSummary::name);
        grid.addColumn(WebhookEndpointSummary::url).setKey("url").setHeader(getTranslation("webhook.column.url"))
                .setFlexGrow(3).setTooltipGenerator(WebhookEndpointSummary::url);
        grid.addColumn(this::events).setKey("events").setHeader(getTranslation("webhook.column.events"))
                .setFlexGrow(3).setTooltipGenerator(this::events);
        grid.addColumn(this::communities).setKey("communities")
                .setHeader(getTranslation("webhook.column.communities")).setFlexGrow(2)
                .setTooltipGenerator(this::communities);
        grid.addComponentColumn(this::state).setKey("status").setHeader(getTranslation("webhook.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(endpoint -> endpoint.lastDeliveredAt() == null ? getTranslation("webhook.never")
                        : times.format(endpoint.lastDeliveredAt())).setKey("lastDelivered")
                .setHeader(getTranslation("webhook.column.lastDelivered")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(event -> UI.getCurrent().navigate(WebhookNavigation.endpoint(event.getItem().id())));
        return grid;
    }

    private String events(WebhookEndpointSummary endpoint) {
        return endpoint.eventTypes().stream().sorted().map(type -> type.wireName())
                .collect(Collectors.joining(", "));
    }

    private String communities(WebhookEndpointSummary endpoint) {
        if (endpoint.communityIds().isEmpty()) {
            return getTranslation("webhook.allCommunities");
        }
        return endpoint.communityIds().stream().map(id -> communityNames.getOrDefault(id, "…"))
                .collect(Collectors.joining(", "));
    }

    private Component state(WebhookEndpointSummary endpoint) {
        HorizontalLayout badges = new HorizontalLayout(WebhookLabels.enabled(this, endpoint.enabled()));
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (endpoint.failed() > 0) {
            Span failed = new Span(getTranslation("webhook.failedCount", endpoint.failed()));
            failed.addClassNames("status-badge", "error");
            badges.add(failed);
        }
        if (endpoint.pending() > 0) {
            Span pending = new Span(getTranslation("webhook.pendingCount", endpoint.pending()));
            pending.addClassNames("status-badge", "contrast");
            badges.add(pending);
        }
        return badges;
    }

    private Component configureEmpty() {
        empty.setId("webhooks-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.CONNECT_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("webhook.empty")));
        return empty;
    }

    private void openForm() {
        new WebhookEndpointDialog(webhooks, communities.visible(), null, created -> {
            refresh();
            new WebhookSecretDialog(created.endpoint().name(), created.secret(), false).open();
        }, saved -> refresh()).open();
    }

    private void refresh() {
        communityNames = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a));
        List<WebhookEndpointSummary> endpoints = webhooks.list();
        grid.setItems(endpoints);
        grid.recalculateColumnWidths();
        grid.setVisible(!endpoints.isEmpty());
        empty.setVisible(endpoints.isEmpty());
    }
}

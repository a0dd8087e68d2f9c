package app.communityops.api.ui;

import app.communityops.api.ApiKeyService;
import app.communityops.api.ApiKeySummary;
import app.communityops.api.ApiNavigation;
import app.communityops.api.ApiScope;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The tenant admin's API keys: create (the token is shown once), see when each was last used, revoke. */
@Route(ApiNavigation.KEYS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "api.keys.title", order = 60, icon = "KEY")
@NavGroup(NavArea.ADMINISTRATION)
class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final ApiKeyService keys;
    private final CommunityService communities;
    private final Clock clock;
    private final ZoneId zone;
    private final Grid<ApiKeySummary> grid = new Grid<>();
    private final Div emptyState = new Div();
    private Map<UUID, String> communityNames = Map.of();

    ApiKeysView(ApiKeyService keys, CommunityService communities, TenantDirectory tenants, Clock clock) {
        this.keys = keys;
        this.communities = communities;
        this.clock = clock;
        this.zone = tenants.zone(TenantContext.current().orElseThrow());
        setSizeFull();
        Button create = new Button(getTranslation("api.keys.new"), VaadinIcon.PLUS.create(), event -> openForm());
        create.setId("new-api-key");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div toolbar = new Div(create);
        toolbar.addClassName("view-toolbar");
        add(new Paragraph(getTranslation("api.keys.intro")), toolbar, configureGrid(), configureEmptyState());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.keys.title");
    }

    private Grid<ApiKeySummary> configureGrid() {
        grid.setId("api-keys-grid");
        grid.addColumn(ApiKeySummary::name).setKey("name").setHeader(getTranslation("api.keys.column.name"))
                .setFlexGrow(2);
        grid.addColumn(key -> key.scopes().stream().map(this::scopeLabel).collect(Collectors.joining(", ")))
                .setKey("scopes").setHeader(getTranslation("api.keys.column.scopes")).setFlexGrow(2);
        grid.addColumn(key -> key.communityId() == null ? getTranslation("api.keys.allCommunities")
                : communityNames.getOrDefault(key.communityId(), "")).setKey("community")
                .setHeader(getTranslation("api.keys.column.community"));
        grid.addColumn(key -> time(key.expiresAt(), "")).setKey("expires")
                .setHeader(getTranslation("api.keys.column.expires"));
        grid.addColumn(key -> time(key.lastUsedAt(), getTranslation("api.keys.never"))).setKey("lastUsed")
                .setHeader(getTranslation("api.keys.column.lastUsed"));
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("api.keys.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private Component configureEmptyState() {
        emptyState.setId("api-keys-empty");
        emptyState.addClassName("empty-state");
        var icon = VaadinIcon.KEY.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        emptyState.add(icon, new Span(getTranslation("api.keys.empty")));
        return emptyState;
    }

    private Component status(ApiKeySummary key) {
        Instant now = clock.instant();
        String state = key.revokedAt() != null ? "revoked" : key.active(now) ? "active" : "expired";
        Span badge = new Span(getTranslation("api.keys.status." + state));
        badge.addClassNames("status-badge", "active".equals(state) ? "success" : "contrast");
        badge.setId("api-key-status-" + key.id());
        return badge;
    }

    private Component revokeButton(ApiKeySummary key) {
        Button revoke = new Button(getTranslation("api.keys.revoke"), VaadinIcon.BAN.create(),
                event -> confirmRevoke(key));
        revoke.setId("revoke-" + key.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(key.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiKeySummary key) {
        Confirm.danger(getTranslation("api.keys.revoke.title", key.name()), getTranslation("api.keys.revoke.text"),
                getTranslation("api.keys.revoke"), () -> {
                    try {
                        keys.revoke(key.id(), key.version());
                        Notifications.success(getTranslation("api.keys.revoked"));
                    } catch (ConcurrentEditException e) {
                        Notifications.error(getTranslation(e.messageKey()));
                        StaleEdit.offerReload(this::refresh);
                    }
                    refresh();
                });
    }

    private void openForm() {
        new ApiKeyDialog(keys, communities.visible(), created -> {
            refresh();
            new ApiKeyTokenDialog(created.key().name(), created.token()).open();
        }).open();
    }

    private void refresh() {
        communityNames = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a));
        var items = keys.list();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        emptyState.setVisible(items.isEmpty());
    }

    private String scopeLabel(ApiScope scope) {
        return getTranslation("api.scope." + scope.wireName().replace("write:", "write_"));
    }

    private String time(@Nullable Instant instant, String none) {
        if (instant == null) {
            return none;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }
}

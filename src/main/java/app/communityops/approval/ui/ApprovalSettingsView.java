package app.communityops.approval.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Every client's approval setting, and the communities that have their own, each leading to its editor. */
@Route(ApprovalNavigation.SETTINGS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "approval.settings.title", order = 95, icon = "CHECK_SQUARE_O")
@NavGroup(NavArea.ADMINISTRATION)
class ApprovalSettingsView extends VerticalLayout implements HasDynamicTitle {

    ApprovalSettingsView(ApprovalPolicyService policies, ClientService clients, CommunityService communities) {
        setId("approval-settings");
        setWidthFull();
        getStyle().set("max-width", "960px");
        ApprovalPolicyService.Overview overview = policies.overview();
        add(new H2(getTranslation("approval.settings.title")),
                new Paragraph(getTranslation("approval.settings.intro")));
        Div clientList = list("approval-settings-clients");
        clients.list().stream().sorted(Comparator.comparing(ClientSummary::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(client -> clientList.add(row(client.name(), ApprovalNavigation.clientSettingsPath(client.id()),
                        "approval-settings-client-" + client.id(),
                        overview.clients().getOrDefault(client.id(), ApprovalSettings.NONE))));
        if (clientList.getChildren().findAny().isEmpty()) {
            clientList.add(empty("approval.settings.noClients"));
        }
        add(new H3(getTranslation("approval.settings.clients")), clientList);
        Div communityList = list("approval-settings-communities");
        var names = communities.visible().stream().collect(Collectors.toMap(CommunitySummary::id,
                CommunitySummary::name));
        overview.communities().entrySet().stream().filter(entry -> names.containsKey(entry.getKey()))
                .sorted(Comparator.comparing(entry -> names.getOrDefault(entry.getKey(), ""),
                        String.CASE_INSENSITIVE_ORDER))
                .forEach(entry -> communityList.add(row(names.getOrDefault(entry.getKey(), ""),
                        ApprovalNavigation.communitySettingsPath(entry.getKey()),
                        "approval-settings-community-" + entry.getKey(), entry.getValue())));
        if (communityList.getChildren().findAny().isEmpty()) {
            communityList.add(empty("approval.settings.noOwnSettings"));
        }
        add(new H3(getTranslation("approval.settings.communities")), communityList);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.settings.title");
    }

    private static Div list(String id) {
        Div list = new Div();
        list.setId(id);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return list;
    }

    private Component row(String name, String path, String id, ApprovalSettings settings) {
        Anchor link = new Anchor(path, name);
        link.setId(id);
        link.getStyle().set("font-weight", "600");
        Span summary = new Span(PolicySummary.of(this, settings));
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div row = new Div(link, summary);
        row.getStyle().set("display", "flex").set("flex-direction", "column")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return row;
    }

    private Component empty(String key) {
        Span empty = new Span(getTranslation(key));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return empty;
    }
}

package app.communityops.approval.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSummary;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What waits for the signed-in user's approval, oldest first, and for staff what they submitted and how it stands.
 * Cards rather than a grid, so that a client reads it on a phone.
 */
@Route(ApprovalNavigation.LIST_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "approval.title", order = 5, icon = "CHECK_SQUARE_O")
@NavGroup(NavArea.WORKSPACE)
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final Map<UUID, String> communityNames;
    private final ZoneId zone;

    ApprovalsView(ApprovalService approvals, CommunityService communities, TenantZone zones) {
        setId("approvals-view");
        setWidthFull();
        getStyle().set("max-width", "960px");
        this.zone = zones.current();
        this.communityNames = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        boolean client = CurrentUser.require().hasRole(Roles.CLIENT);
        add(new H2(getTranslation(client ? "approval.waitingForYou" : "approval.title")));
        add(section(client ? null : "approval.waitingForYou", approvals.waitingForMe(), "approvals-waiting",
                "approval.empty.waiting"));
        if (!client) {
            add(section("approval.submittedByYou", approvals.submittedByMe(), "approvals-submitted",
                    "approval.empty.submitted"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title");
    }

    private Component section(@org.jspecify.annotations.Nullable String headingKey, List<ApprovalSummary> requests, String id, String emptyKey) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        if (headingKey != null) {
            section.add(new H3(getTranslation(headingKey)));
        }
        if (requests.isEmpty()) {
            Div empty = new Div();
            empty.setId(id + "-empty");
            empty.addClassName("empty-state");
            var icon = VaadinIcon.CHECK_CIRCLE_O.create();
            icon.setSize("40px");
            icon.addClassName("empty-icon");
            empty.add(icon, new Span(getTranslation(emptyKey)));
            section.add(empty);
            return section;
        }
        Div cards = new Div();
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        requests.forEach(request -> cards.add(card(request)));
        section.add(cards);
        return section;
    }

    private Component card(ApprovalSummary request) {
        Anchor title = new Anchor(ApprovalNavigation.detailPath(request.id()), request.title());
        title.setId("approval-open-" + request.id());
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("overflow-wrap", "anywhere");
        Span what = new Span(getTranslation("approval.type." + request.type().name()) + " · "
                + communityNames.getOrDefault(request.communityId(), ""));
        what.addClassName("approval-card-meta");
        Span who = new Span(getTranslation("approval.submittedBy", request.submittedByName(),
                ApprovalLabels.time(this, request.submittedAt(), zone)));
        who.addClassName("approval-card-meta");
        Div head = new Div(title, ApprovalLabels.badge(this, request.status()));
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("justify-content", "space-between");
        Div card = new Div(head, what, who, ApprovalLabels.track(this, request));
        card.addClassName("approval-card");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-base-color)");
        for (Component meta : List.of(what, who)) {
            meta.getElement().getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
        }
        return card;
    }
}

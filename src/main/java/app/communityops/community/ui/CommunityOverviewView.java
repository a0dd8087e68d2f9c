package app.communityops.community.ui;

import app.communityops.clients.ClientService;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityPageLink;
import app.communityops.community.CommunityPageLink.Area;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.community.VerticalService;
import app.communityops.security.AccountService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One community at a glance, laid out by the C-ACM-MT model. Ids outside the user's scope (another tenant's,
 * another client's, unassigned for operators) and malformed ids all answer "not found".
 */
@Route(CommunityNavigation.OVERVIEW_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class CommunityOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final ClientService clients;
    private final AccountService accounts;
    private final VerticalService verticals;
    private final List<CommunityPageLink> pageLinks;
    private final AppPrincipal user = CurrentUser.require();
    private @Nullable CommunitySummary community;

    CommunityOverviewView(CommunityService communities, ClientService clients, AccountService accounts,
                          VerticalService verticals, List<CommunityPageLink> pageLinks) {
        this.verticals = verticals;
        this.communities = communities;
        this.pageLinks = List.copyOf(pageLinks);
        this.clients = clients;
        this.accounts = accounts;
        setId("community-overview");
        addClassName("community-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(CommunityPage.readable(event, communities));
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("community.list.title") : community.name();
    }

    private void show(CommunitySummary shown) {
        this.community = shown;
        CommunityNames names = CommunityNames.load(List.of(shown), clients, accounts);
        removeAll();
        add(header(shown, names), areas(shown, names));
    }

    private Component header(CommunitySummary shown, CommunityNames names) {
        H2 title = new H2(shown.name());
        title.setId("community-title");
        title.addClassName("community-title");
        Span badge = CommunityLabels.statusBadge(this, shown.status());
        badge.setId("community-status-badge");
        Div heading = new Div(title, badge);
        heading.addClassName("community-heading");
        if (mayEdit()) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    event -> new CommunityFormDialog(communities, clients, accounts, verticals, shown, this::afterSave).open());
            edit.setId("edit-community");
            heading.add(edit);
        }

        Div facts = new Div(
                fact("community.field.channel", CommunityLabels.channel(this, shown.channel()), "fact-channel"),
                fact("community.field.vertical", CommunityLabels.vertical(this, verticals.verticals(),
                        shown.verticalId()), "fact-vertical"),
                fact("community.field.client", names.client(shown.clientId()), "fact-client"),
                fact("community.field.capacity", capacity(shown), "fact-capacity"),
                fact("community.field.operators", operators(shown, names), "fact-operators"));
        facts.addClassName("community-facts");
        facts.getElement().setAttribute("aria-label", getTranslation("community.overview.facts"));

        String description = shown.description();
        Paragraph about = new Paragraph(description == null ? getTranslation("community.noDescription") : description);
        about.setId("community-description-text");
        about.addClassName("community-description");

        Div header = new Div(heading, facts, about);
        header.addClassName("community-header");
        return header;
    }

    /**
     * The six areas in the model's order: Custom, Activity, Content, Money, Manage, Tool, each with the links the
     * features declare for it ({@link CommunityPageLink}).
     */
    private Component areas(CommunitySummary shown, CommunityNames names) {
        Div areas = new Div(
                withLinks(area("custom", VaadinIcon.USERS,
                                fact("community.field.channel", CommunityLabels.channel(this, shown.channel()), null),
                                fact("community.field.capacity", capacity(shown), null)),
                        links(shown, Area.CUSTOM)),
                withLinks(area("activity", VaadinIcon.CALENDAR), links(shown, Area.ACTIVITY)),
                withLinks(area("content", VaadinIcon.FILE_TEXT), links(shown, Area.CONTENT)),
                withLinks(area("money", VaadinIcon.COIN_PILES), links(shown, Area.MONEY)),
                withLinks(area("manage", VaadinIcon.DASHBOARD,
                                fact("community.field.status", CommunityLabels.status(this, shown.status()), null),
                                fact("community.field.client", names.client(shown.clientId()), null)),
                        links(shown, Area.MANAGE)),
                withLinks(area("tool", VaadinIcon.TOOLS), links(shown, Area.TOOL)));
        areas.addClassName("area-grid");
        return areas;
    }

    private Anchor[] links(CommunitySummary shown, Area area) {
        return pageLinks.stream().filter(link -> link.area() == area)
                .sorted(Comparator.comparingInt(CommunityPageLink::order))
                .map(link -> {
                    Anchor anchor = new Anchor(link.path().apply(shown.id()), getTranslation(link.textKey()));
                    anchor.setId(link.elementId());
                    return anchor;
                })
                .toArray(Anchor[]::new);
    }

    /** An area whose features declare pages leads there instead of saying it is empty. */
    private static Component withLinks(Component area, Anchor... links) {
        Div card = (Div) area;
        if (links.length == 0) {
            return card;
        }
        card.getChildren().filter(child -> child.getId().filter(id -> id.endsWith("-empty")).isPresent()).toList()
                .forEach(card::remove);
        Div row = new Div(links);
        row.addClassName("area-links");
        card.add(row);
        return card;
    }

    private Component area(String key, VaadinIcon icon, Component... facts) {
        H3 title = new H3(getTranslation("community.area." + key + ".title"));
        title.addClassName("area-title");
        Div heading = new Div(icon.create(), title);
        heading.addClassName("area-heading");
        Paragraph summary = new Paragraph(getTranslation("community.area." + key + ".summary"));
        summary.addClassName("area-summary");
        Div card = new Div(heading, summary);
        if (facts.length > 0) {
            Div known = new Div(facts);
            known.addClassName("area-facts");
            card.add(known);
        }
        Paragraph empty = new Paragraph(getTranslation("community.area." + key + ".empty"));
        empty.setId("area-" + key + "-empty");
        empty.addClassName("area-empty");
        card.add(empty);
        card.setId("area-" + key);
        card.addClassName("area-card");
        return card;
    }

    private Component fact(String labelKey, String value, @Nullable String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        if (id != null) {
            text.setId(id);
        }
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private String capacity(CommunitySummary shown) {
        Integer capacity = shown.memberCapacity();
        return capacity == null ? getTranslation("community.notSet") : String.valueOf(capacity);
    }

    private String operators(CommunitySummary shown, CommunityNames names) {
        String text = names.operators(shown.operatorIds());
        return text.isEmpty() ? getTranslation("community.noOperators") : text;
    }

    /** Operators reach this page only for communities assigned to them, so they may edit what they see. */
    private boolean mayEdit() {
        return user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.OPERATOR);
    }

    /** Navigates again rather than redrawing in place, so the layout's title follows a renamed community. */
    private void afterSave(CommunitySummary saved) {
        getUI().ifPresent(ui -> ui.navigate(CommunityNavigation.overviewPath(saved.id())));
    }
}

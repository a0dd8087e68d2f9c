package app.communityops.screening.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.ScreeningMechanism;
import app.communityops.screening.ConditionDetails;
import app.communityops.screening.JoinLinkCounts;
import app.communityops.screening.MonthFlow;
import app.communityops.screening.Option;
import app.communityops.screening.PassRates;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PositioningDetails;
import app.communityops.screening.PositioningService;
import app.communityops.screening.ReviewQueueService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningStatsService;
import app.communityops.screening.ValueTag;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A community's Custom page: Who, Where, Why and How (the screening policy), the screening pass rates and the
 * member flow. Staff edit the positioning and the policy and reach the review queue, codes and elimination;
 * client users read.
 */
@Route(ScreeningNavigation.CUSTOM_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class CustomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final PositioningService positionings;
    private final ScreeningPolicyService policies;
    private final ScreeningStatsService stats;
    private final ReviewQueueService queue;
    private final TenantZone zones;
    private final @Nullable JoinLinkCounts joinLinks;
    private final boolean staff = !CurrentUser.require().hasRole(Roles.CLIENT);
    private @Nullable CommunitySummary community;

    CustomView(CommunityService communities, PositioningService positionings, ScreeningPolicyService policies,
               ScreeningStatsService stats, ReviewQueueService queue, TenantZone zones,
               ObjectProvider<JoinLinkCounts> joinLinks) {
        this.communities = communities;
        this.positionings = positionings;
        this.policies = policies;
        this.stats = stats;
        this.queue = queue;
        this.zones = zones;
        this.joinLinks = joinLinks.getIfAvailable();
        setId("custom-view");
        addClassName("screening-custom");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        show();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("screening.custom.title")
                : getTranslation("screening.custom.titleOf", community.name());
    }

    private void show() {
        CommunitySummary shown = java.util.Objects.requireNonNull(community);
        PositioningDetails positioning = positionings.find(shown.id());
        PolicyDetails policy = policies.find(shown.id());
        Map<UUID, String> channels = positionings.channels().stream()
                .collect(Collectors.toMap(Option::id, Option::name));
        ZoneId zone = zones.current();
        List<MonthFlow> flow = stats.flow(shown.id(), zone);
        removeAll();
        Div cards = new Div(who(positioning), where(positioning, channels, whereLinks(shown.id(), flow)),
                why(positioning), how(policy),
                passRates(stats.passRates(shown.id())), flow(flow));
        cards.addClassName("area-grid");
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        add(links(shown), cards);
    }

    private Component links(CommunitySummary shown) {
        Div links = new Div();
        links.setId("custom-links");
        links.addClassName("view-toolbar");
        Anchor overview = new Anchor(CommunityNavigation.overviewPath(shown.id()),
                getTranslation("screening.custom.backToCommunity"));
        overview.setId("custom-overview-link");
        links.add(overview);
        if (staff) {
            int pending = queue.count(shown.id());
            links.add(link("custom-review-link", getTranslation("screening.custom.reviewLink", pending),
                    ReviewQueueView.class, shown.id()));
            links.add(link("custom-codes-link", getTranslation("screening.codes.title"), InvitationCodesView.class,
                    shown.id()));
            links.add(link("custom-elimination-link", getTranslation("screening.elimination.title"),
                    EliminationView.class, shown.id()));
        }
        return links;
    }

    private RouterLink link(String id, String text, Class<? extends Component> view, UUID communityId) {
        RouterLink link = new RouterLink(text, view, CommunityNavigation.parameters(communityId));
        link.setId(id);
        return link;
    }

    private Component who(PositioningDetails positioning) {
        Div card = card("who", VaadinIcon.USER);
        text(card, positioning.who());
        tags(card, positioning.personas().stream().toList());
        editPositioning(card, positioning);
        return card;
    }

    private Component where(PositioningDetails positioning, Map<UUID, String> channels,
                            @Nullable Component links) {
        Div card = card("where", VaadinIcon.MAP_MARKER);
        tags(card, positioning.channelIds().stream().map(id -> channels.getOrDefault(id, "?")).toList());
        if (links != null) {
            card.add(links);
        }
        editPositioning(card, positioning);
        return card;
    }

    /** The same twelve months as the member flow, so the share is of the joins that card counts. */
    private @Nullable Component whereLinks(UUID communityId, List<MonthFlow> flow) {
        if (joinLinks == null || flow.isEmpty()) {
            return null;
        }
        LocalDate from = flow.getFirst().month().atDay(1);
        LocalDate to = flow.getLast().month().atEndOfMonth();
        return new WhereLinksBlock(joinLinks.rows(communityId, from, to),
                flow.stream().mapToInt(MonthFlow::joins).sum());
    }

    private Component why(PositioningDetails positioning) {
        Div card = card("why", VaadinIcon.HEART);
        text(card, positioning.why());
        List<String> tags = new ArrayList<>();
        for (ValueTag value : ValueTag.values()) {
            if (positioning.values().contains(value)) {
                tags.add(getTranslation("screening.value." + value.name()));
            }
        }
        tags.addAll(positioning.freeTags());
        tags(card, tags);
        editPositioning(card, positioning);
        return card;
    }

    private Component how(PolicyDetails policy) {
        Div card = card("how", VaadinIcon.FILTER);
        UnorderedList lines = new UnorderedList();
        lines.setId("custom-how-lines");
        if (policy.enabledMechanisms().isEmpty()) {
            lines.add(new ListItem(getTranslation("screening.policy.open")));
        } else {
            lines.add(new ListItem(getTranslation("screening.policy.combine." + policy.combine().name())));
            policy.enabledMechanisms().forEach(mechanism -> lines.add(new ListItem(mechanismLine(policy, mechanism))));
        }
        lines.add(new ListItem(getTranslation("screening.policy.eliminationLine", policy.inactiveDays(),
                policy.warningLimit())));
        card.add(lines);
        if (staff) {
            Button edit = new Button(getTranslation("screening.policy.edit"), VaadinIcon.EDIT.create(),
                    event -> new PolicyDialog(policies, policy, this::show).open());
            edit.setId("edit-policy");
            card.add(edit);
        }
        return card;
    }

    private String mechanismLine(PolicyDetails policy, ScreeningMechanism mechanism) {
        String name = ScreeningLabels.mechanism(this, mechanism);
        return switch (mechanism) {
            case PAID_ENTRY -> getTranslation("screening.policy.line.paid", name,
                    ScreeningLabels.amount(policy.fee()), policy.currency());
            case INVITATION_CODE -> name;
            case CONDITION_REVIEW -> getTranslation("screening.policy.line.condition", name,
                    conditionSummary(policy));
            case TIER_PRIVILEGE -> getTranslation("screening.policy.line.tier", name,
                    policy.minTierName() == null ? "" : policy.minTierName());
            case PURCHASE_AMOUNT -> getTranslation("screening.policy.line.purchase", name,
                    ScreeningLabels.amount(policy.minPurchase()));
        };
    }

    private String conditionSummary(PolicyDetails policy) {
        List<String> parts = new ArrayList<>();
        if (policy.criteria() != null) {
            parts.add(policy.criteria());
        }
        if (!policy.conditions().isEmpty()) {
            parts.add(getTranslation("screening.policy.line.conditions",
                    policy.conditions().stream().map(ConditionDetails::label).collect(Collectors.joining("; "))));
        }
        return String.join(" — ", parts);
    }

    private Component passRates(PassRates rates) {
        Div card = card("passRate", VaadinIcon.CHECK_CIRCLE);
        if (rates.decided() == 0) {
            card.add(empty("custom-passRate-empty", getTranslation("screening.custom.passRate.none")));
            return card;
        }
        Paragraph overall = new Paragraph(getTranslation("screening.custom.passRate.overall",
                ScreeningLabels.percent(rates.rate()), rates.approved(), rates.decided()));
        overall.setId("custom-passRate-overall");
        UnorderedList perMechanism = new UnorderedList();
        perMechanism.setId("custom-passRate-mechanisms");
        for (PassRates.MechanismRate rate : rates.mechanisms()) {
            ListItem item = new ListItem(getTranslation("screening.custom.passRate.mechanism",
                    ScreeningLabels.mechanism(this, rate.mechanism()), ScreeningLabels.percent(rate.rate()),
                    rate.approved(), rate.decided(), ScreeningLabels.percent(rate.checkPassRate())));
            item.setId("custom-passRate-" + rate.mechanism().name());
            perMechanism.add(item);
        }
        card.add(overall, perMechanism);
        return card;
    }

    private Component flow(List<MonthFlow> flow) {
        Div card = card("flow", VaadinIcon.BAR_CHART);
        int joins = flow.stream().mapToInt(MonthFlow::joins).sum();
        int eliminations = flow.stream().mapToInt(MonthFlow::eliminations).sum();
        Paragraph totals = new Paragraph(getTranslation("screening.custom.flow.totals", joins, eliminations));
        totals.setId("custom-flow-totals");
        card.add(totals, new FlowChart(flow), legend());
        return card;
    }

    private Component legend() {
        Span joins = new Span("■ " + getTranslation("screening.custom.flow.joins"));
        joins.getStyle().set("color", "var(--lumo-success-text-color)");
        Span eliminations = new Span("■ " + getTranslation("screening.custom.flow.eliminations"));
        eliminations.getStyle().set("color", "var(--lumo-error-text-color)");
        Div legend = new Div(joins, eliminations);
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        return legend;
    }

    private Div card(String key, VaadinIcon icon) {
        H3 title = new H3(getTranslation("screening.custom." + key + ".title"));
        title.addClassName("area-title");
        title.getStyle().set("margin", "0");
        Div heading = new Div(icon.create(), title);
        heading.addClassName("area-heading");
        heading.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        Paragraph summary = new Paragraph(getTranslation("screening.custom." + key + ".summary"));
        summary.addClassName("area-summary");
        Div card = new Div(heading, summary);
        card.setId("custom-" + key);
        card.addClassName("area-card");
        return card;
    }

    private void text(Div card, @Nullable String value) {
        if (value != null) {
            card.add(new Paragraph(value));
        }
    }

    private void tags(Div card, List<String> tags) {
        if (tags.isEmpty()) {
            if (card.getChildren().count() <= 2) {
                card.add(empty(null, getTranslation("screening.custom.notSet")));
            }
            return;
        }
        Div list = new Div();
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        tags.forEach(tag -> {
            Span badge = new Span(tag);
            badge.addClassNames("status-badge", "screening-tag");
            list.add(badge);
        });
        card.add(list);
    }

    private Component empty(@Nullable String id, String text) {
        Paragraph empty = new Paragraph(text);
        if (id != null) {
            empty.setId(id);
        }
        empty.addClassName("area-empty");
        return empty;
    }

    private void editPositioning(Div card, PositioningDetails positioning) {
        if (!staff) {
            return;
        }
        String id = "edit-positioning-" + card.getId().orElse("").replace("custom-", "");
        Button edit = new Button(getTranslation("screening.positioning.edit"), VaadinIcon.EDIT.create(),
                event -> new PositioningDialog(positionings, positioning, this::show).open());
        edit.setId(id);
        card.add(edit);
    }
}

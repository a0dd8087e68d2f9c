package app.communityops.screening.ui;

import app.communityops.community.CommunityPage;
import app.communityops.members.MemberFields;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.EliminationCandidate;
import app.communityops.screening.EliminationService;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.RedLineService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Elimination (淘汰): members silent for the community's N days or warned K times, to warn or eliminate with a
 * reason and the red line crossed; and the red lines themselves. Member flow keeps a community alive.
 */
@Route(ScreeningNavigation.ELIMINATION_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class EliminationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final EliminationService elimination;
    private final ScreeningPolicyService policies;
    private final RedLineService redLines;
    /** Dates are shown in the tenant's zone, as on every other screen. */
    private final ZoneId zone;
    private final Grid<EliminationCandidate> grid = new Grid<>();
    private final Div empty = new Div();
    private final Span count = new Span();
    private @Nullable CommunitySummary community;
    private @Nullable RedLinesPanel redLinesPanel;

    EliminationView(CommunityService communities, EliminationService elimination, ScreeningPolicyService policies,
                    RedLineService redLines, TenantZone zones) {
        this.communities = communities;
        this.elimination = elimination;
        this.policies = policies;
        this.redLines = redLines;
        this.zone = zones.current();
        setId("elimination-view");
        configureGrid();
        configureEmpty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        PolicyDetails policy = policies.find(community.id());
        redLinesPanel = new RedLinesPanel(redLines, community.id(), zone, () -> { });
        removeAll();
        add(header(community, policy), grid, empty, redLinesPanel);
        grid.setItems(query -> elimination.candidates(id(), query.getOffset(), query.getLimit()).stream(),
                query -> elimination.candidateCount(id()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("screening.elimination.title")
                : getTranslation("screening.elimination.titleOf", community.name());
    }

    private Component header(CommunitySummary shown, PolicyDetails policy) {
        RouterLink custom = new RouterLink(getTranslation("screening.custom.title"), CustomView.class,
                CommunityNavigation.parameters(shown.id()));
        custom.setId("elimination-custom-link");
        Paragraph thresholds = new Paragraph(getTranslation("screening.elimination.thresholds",
                policy.inactiveDays(), policy.warningLimit()));
        thresholds.setId("elimination-thresholds");
        count.setId("elimination-count");
        Div facts = new Div(count, custom);
        facts.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        Div header = new Div(new H3(getTranslation("screening.elimination.candidates")), thresholds, facts);
        header.setWidthFull();
        return header;
    }

    private void configureGrid() {
        grid.setId("elimination-grid");
        grid.addColumn(c -> MemberFields.label(c.memberName(), c.memberHandle())).setKey("member")
                .setHeader(getTranslation("screening.elimination.column.member")).setFlexGrow(2);
        grid.addColumn(c -> c.lastActiveAt() == null ? getTranslation("screening.elimination.neverActive")
                : ScreeningLabels.date(c.lastActiveAt(), zone)).setKey("lastActive")
                .setHeader(getTranslation("screening.elimination.column.lastActive")).setAutoWidth(true);
        grid.addColumn(c -> ScreeningLabels.date(c.joinedAt(), zone)).setKey("joined")
                .setHeader(getTranslation("screening.elimination.column.joined")).setAutoWidth(true);
        grid.addColumn(EliminationCandidate::warningCount).setKey("warnings")
                .setHeader(getTranslation("screening.elimination.column.warnings")).setAutoWidth(true);
        grid.addComponentColumn(this::flags).setKey("why")
                .setHeader(getTranslation("screening.elimination.column.why")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setWidthFull();
        grid.setHeight("22rem");
    }

    private Component flags(EliminationCandidate candidate) {
        Div flags = new Div();
        flags.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)");
        if (candidate.inactive()) {
            Span inactive = new Span(getTranslation("screening.elimination.flag.inactive"));
            inactive.addClassNames("status-badge", "contrast");
            flags.add(inactive);
        }
        if (candidate.warnedOut()) {
            Span warned = new Span(getTranslation("screening.elimination.flag.warnedOut"));
            warned.addClassNames("status-badge", "error");
            flags.add(warned);
        }
        if (candidate.ruleFlag() != null) {
            Span marked = new Span(getTranslation("screening.elimination.flag.rule"));
            marked.addClassNames("status-badge", "warning");
            marked.setTitle(candidate.ruleFlag());
            marked.setId("rule-flag-" + candidate.membershipId());
            flags.add(marked, new Span(candidate.ruleFlag()));
        }
        return flags;
    }

    private Component actions(EliminationCandidate candidate) {
        Button warn = new Button(getTranslation("screening.elimination.warn"),
                event -> open(candidate, MemberActionDialog.Action.WARN));
        warn.setId("warn-" + candidate.membershipId());
        warn.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button eliminate = new Button(getTranslation("screening.elimination.eliminate"),
                event -> open(candidate, MemberActionDialog.Action.ELIMINATE));
        eliminate.setId("eliminate-" + candidate.membershipId());
        eliminate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(warn, eliminate);
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        return actions;
    }

    private void open(EliminationCandidate candidate, MemberActionDialog.Action action) {
        new MemberActionDialog(elimination, candidate, action, Objects.requireNonNull(redLinesPanel).active(),
                this::refresh).open();
    }

    private void configureEmpty() {
        empty.setId("elimination-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.HANDSHAKE.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("screening.elimination.empty")));
    }

    private void refresh() {
        int candidates = elimination.candidateCount(id());
        count.setText(getTranslation("screening.elimination.count", candidates));
        grid.getDataProvider().refreshAll();
        grid.setVisible(candidates > 0);
        empty.setVisible(candidates == 0);
    }

    private UUID id() {
        return Objects.requireNonNull(community).id();
    }
}

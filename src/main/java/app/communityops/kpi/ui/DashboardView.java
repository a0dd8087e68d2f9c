package app.communityops.kpi.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.join.JoinLinkService;
import app.communityops.kpi.Funnel;
import app.communityops.kpi.Dashboard;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiStatus;
import app.communityops.kpi.PeerBands;
import app.communityops.kpi.ReportLink;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A community's KPI dashboard for a month or quarter: the KPI cards grouped by C-ACM-MT area, the funnel with its
 * channels, the join cohorts and one KPI day by day. Staff of the community and its client's users may open it;
 * any other id answers "not found".
 */
@Route(KpiNavigation.DASHBOARD_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final KpiService kpis;
    private final ReportLink report;
    private final JoinLinkService joinLinks;
    private final Div summary = new Div();
    private final Div empty = new Div();
    private final Div cards = new Div();
    private final FunnelPanel funnel = new FunnelPanel();
    private final CohortPanel cohorts = new CohortPanel();
    private final SeriesPanel series = new SeriesPanel();
    private final Div charts = new Div(funnel, series, cohorts);
    private @Nullable CommunitySummary community;

    private final HealthPanels.Source health;

    DashboardView(CommunityService communities, KpiService kpis, ReportLink report, HealthPanels.Source health,
                  JoinLinkService joinLinks) {
        this.health = health;
        this.joinLinks = joinLinks;
        this.report = report;
        this.communities = communities;
        this.kpis = kpis;
        setId("dashboard-view");
        addClassName("dashboard");
        summary.setId("dashboard-summary");
        summary.addClassName("dashboard-summary");
        empty.setId("dashboard-empty");
        empty.addClassName("empty-state");
        Markup.emptyState(empty, "chart", getTranslation("dashboard.empty"), getTranslation("dashboard.emptyHint"));
        cards.addClassName("dashboard-areas");
        charts.addClassName("dashboard-charts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary shown = CommunityPage.readable(event, communities);
        community = shown;
        removeAll();
        H2 title = new H2(shown.name());
        title.setId("dashboard-title");
        Div header = new Div(title, DashboardLinks.of(this, shown.id(), DashboardLinks.Page.DASHBOARD, report));
        header.addClassName("dashboard-header");
        PeriodPicker picker = new PeriodPicker("dashboard", kpis.today(), this::show);
        add(header, picker, summary, empty, cards, charts, health.panels(shown.id()));
        show(picker.value());
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("dashboard.title")
                : getTranslation("dashboard.titleOf", community.name());
    }

    private void show(KpiPeriod period) {
        CommunitySummary shown = Objects.requireNonNull(community);
        Dashboard dashboard = kpis.dashboard(shown.id(), period, CohortPanel.MONTHS);
        KpiBoard board = dashboard.board();
        Funnel shownFunnel = dashboard.funnel();
        cohorts.show(dashboard.cohorts());
        boolean hasData = board.values().stream().anyMatch(value -> value.value() != null
                && value.value().signum() != 0) || shownFunnel.total().steps().stream().anyMatch(s -> s.count() > 0);
        empty.setVisible(!hasData);
        cards.setVisible(hasData);
        summary.setVisible(hasData);
        charts.setVisible(hasData);
        if (!hasData) {
            cards.removeAll();
            return;
        }
        showSummary(board);
        showCards(board, dashboard.bands());
        funnel.show(shownFunnel, board.compared());
        funnel.showLinks(joinLinks.figures(shown.id(), period.start(), period.last()), shownFunnel);
        series.show(board);
    }

    /** The badges and the note as markup in one element (see {@link KpiCard}): they change only with the board. */
    private void showSummary(KpiBoard board) {
        StringBuilder html = new StringBuilder(400);
        for (KpiStatus status : new KpiStatus[] {KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.RED}) {
            long count = board.values().stream().filter(value -> value.status() == status).count();
            html.append("<span id=\"dashboard-summary-").append(status.name()).append("\" class=\"status-badge ")
                    .append(KpiLabels.statusClass(status)).append("\">")
                    .append(Markup.escape(getTranslation("dashboard.summary." + status.name(), String.valueOf(count))))
                    .append("</span>");
        }
        long targets = board.values().stream().filter(value -> value.target() != null).count();
        html.append("<span class=\"dashboard-hint\">").append(Markup.escape(targets == 0
                ? getTranslation("dashboard.summary.noTargets")
                : getTranslation("dashboard.summary.targets", String.valueOf(targets)))).append("</span>");
        DashboardNotes.append(this, html, board);
        summary.getElement().setProperty("innerHTML", html.toString());
    }

    private void showCards(KpiBoard board, PeerBands bands) {
        cards.removeAll();
        for (Kpi.Area area : Kpi.Area.values()) {
            Div grid = new Div();
            grid.addClassName("dashboard-cards");
            for (Kpi kpi : area.cards()) {
                board.value(kpi).ifPresent(value -> grid.add(PeerBandBar.under(new KpiCard("dashboard", value, true),
                        "dashboard", value, bands)));
            }
            H3 title = new H3(getTranslation(area.titleKey()));
            title.addClassName("dashboard-area-title");
            Div section = new Div(title, grid);
            section.setId("dashboard-area-" + area.name());
            section.addClassName("dashboard-area");
            cards.add(section);
        }
    }
}

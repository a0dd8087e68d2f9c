package app.communityops.kpi.ui;

import app.communityops.kpi.CanvasService;
import app.communityops.kpi.DayPoint;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.ReportLink;
import app.communityops.kpi.TargetLine;
import app.communityops.kpi.TargetService;
import app.communityops.kpi.TenantOverview;
import app.communityops.kpi.Thresholds;
import app.communityops.notification.WaitingForClient;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * All communities the user may see, side by side: a few key KPIs with status and change, and the daily active
 * members as a sparkline. A client user lands here after signing in; staff may open it for their own communities
 * too. It reads the tenant overview (one computation of four KPIs across the communities) rather than a full board
 * per community, so it stays quick for an agency with many communities.
 */
@Route(KpiNavigation.PORTFOLIO_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "dashboard.portfolio.menu", order = 10, icon = "GRID_BIG_O")
@NavGroup(NavArea.MANAGE)
class PortfolioView extends Div implements HasDynamicTitle {

    static final List<Kpi> KEY_KPIS = List.of(Kpi.MEMBERS_TOTAL, Kpi.ACTIVATION_RATE, Kpi.FIRST_PURCHASE_RATE,
            Kpi.REVENUE);

    private final KpiService kpis;
    private final TargetService targets;
    private final CanvasService canvases;
    private final LocalDate today;
    private final ReportLink report;
    private final Div cards = new Div();
    private final Div empty = new Div();

    PortfolioView(KpiService kpis, TargetService targets, CanvasService canvases, ReportLink report,
                  List<WaitingForClient> waiting) {
        this.report = report;
        this.kpis = kpis;
        this.targets = targets;
        this.canvases = canvases;
        this.today = kpis.today();
        setId("portfolio-view");
        addClassName("dashboard");
        cards.setId("portfolio-cards");
        cards.addClassName("portfolio-cards");
        empty.setId("portfolio-empty");
        empty.addClassName("empty-state");
        Markup.emptyState(empty, "grid-big-o", getTranslation("dashboard.portfolio.empty"));
        PeriodPicker picker = new PeriodPicker("portfolio", today, this::show);
        Span intro = new Span(getTranslation("dashboard.portfolio.intro"));
        intro.addClassName("dashboard-hint");
        if (CurrentUser.get().filter(user -> user.hasRole(Roles.CLIENT)).isPresent()) {
            add(new WhatsNewPanel(waiting));
        }
        add(intro, picker, empty, cards);
        show(picker.value());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.portfolio.title");
    }

    private void show(KpiPeriod period) {
        TenantOverview now = kpis.overview(period, KEY_KPIS);
        // The same days of the previous period while this one runs, as every dashboard compares.
        TenantOverview before = kpis.overviewBefore(period, KEY_KPIS);
        Map<UUID, TenantOverview.Row> previous = new HashMap<>();
        before.rows().forEach(row -> previous.put(row.communityId(), row));
        Thresholds thresholds = targets.thresholds();
        cards.removeAll();
        now.rows().stream().sorted(Comparator.comparing(TenantOverview.Row::communityName))
                .forEach(row -> cards.add(card(period, row, previous.get(row.communityId()), thresholds)));
        empty.setVisible(now.rows().isEmpty());
    }

    private Div card(KpiPeriod period, TenantOverview.Row row, TenantOverview.@Nullable Row before,
                     Thresholds thresholds) {
        UUID id = row.communityId();
        String prefix = "portfolio-" + id;
        Map<Kpi, BigDecimal> set = new HashMap<>();
        targets.targets(id, period).forEach((TargetLine line) -> set.put(line.kpi(), line.target()));
        String currency = canvases.find(id).currency();
        Div figures = new Div();
        figures.addClassName("portfolio-figures");
        for (Kpi kpi : KEY_KPIS) {
            BigDecimal value = row.value(kpi);
            BigDecimal target = set.get(kpi);
            figures.add(new KpiCard(prefix, KpiValue.judged(kpi, value, target, before == null ? null
                    : before.value(kpi), List.of(), kpi.unit() == Kpi.Unit.MONEY ? currency : null, period, today,
                    thresholds), false));
        }
        Anchor name = new Anchor(KpiNavigation.dashboardPath(id), row.communityName());
        name.setId(prefix + "-name");
        H3 title = new H3(name);
        title.addClassName("portfolio-card-title");
        Div card = new Div(title, figures);
        card.setId(prefix);
        card.addClassName("portfolio-card");
        card.add(activity(period, id, prefix));
        Div links = new Div(DashboardLinks.button(this, id, DashboardLinks.Page.DASHBOARD, report),
                DashboardLinks.button(this, id, DashboardLinks.Page.REPORT, report));
        links.getChildren().forEach(link -> link.setId(prefix + "-" + link.getId().orElse("")));
        links.addClassName("dashboard-links");
        card.add(links);
        return card;
    }

    private Div activity(KpiPeriod period, UUID id, String prefix) {
        List<DayPoint> days = period.start().isAfter(today) ? List.of()
                : kpis.series(id, Kpi.DAU, period.start(), period.lastUntil(today));
        String name = getTranslation("dashboard.portfolio.activity");
        EChart chart = new EChart(ChartSpec.sparkline(name,
                days.stream().map(point -> point.day().toString()).toList(), name,
                days.stream().map(KpiCard::valueOf).toList()).categoryLabel(getTranslation("dashboard.chart.day")));
        chart.setChartId(prefix + "-spark");
        chart.setChartHeight("56px");
        chart.addClassName("dashboard-sparkline");
        Span label = new Span(name);
        label.addClassName("dashboard-hint");
        Div holder = new Div(label, chart);
        holder.addClassName("portfolio-activity");
        return holder;
    }
}

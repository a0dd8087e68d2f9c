package app.communityops.kpi.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.kpi.CanvasService;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.ReportLink;
import app.communityops.kpi.RollupService;
import app.communityops.kpi.TargetService;
import app.communityops.kpi.TargetTreeService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's Manage page (管理): its business logic, the targets of a month or quarter, and every KPI with
 * status and definition. Client users read; staff edit; the tenant admin also sets the status thresholds.
 */
@Route(KpiNavigation.MANAGE_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ManageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final KpiService kpis;
    private final CanvasService canvases;
    private final TargetService targets;
    private final RollupService rollups;
    private final RollupWorker worker;
    private final ReportLink report;
    private final TargetTreeService trees;
    private final Select<PeriodKind> kind = new Select<>();
    private final DatePicker day = new DatePicker();
    private final KpiTable table = new KpiTable();
    private @Nullable CommunitySummary community;
    private @Nullable TargetsPanel targetsPanel;
    private @Nullable TargetTreePanel treePanel;

    ManageView(CommunityService communities, KpiService kpis, CanvasService canvases, TargetService targets,
               RollupService rollups, RollupWorker worker, ReportLink report, TargetTreeService trees) {
        this.report = report;
        this.trees = trees;
        this.communities = communities;
        this.kpis = kpis;
        this.canvases = canvases;
        this.targets = targets;
        this.rollups = rollups;
        this.worker = worker;
        setId("manage-view");
        kind.setId("period-kind");
        kind.setLabel(getTranslation("kpi.period.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(item -> getTranslation("kpi.period.kind." + item.name()));
        day.setId("period-day");
        day.setLabel(getTranslation("kpi.period.start"));
        kind.addValueChangeListener(change -> periodChanged());
        day.addValueChangeListener(change -> periodChanged());
    }

    /** The period's kind and day side by side, one above the other on a phone. */
    private HorizontalLayout periodControls() {
        HorizontalLayout controls = new HorizontalLayout(kind, day);
        controls.addClassName("dashboard-period");
        return controls;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary shown = CommunityPage.readable(event, communities);
        community = null;
        kind.setValue(PeriodKind.MONTH);
        day.setValue(kpis.today());
        community = shown;
        boolean client = CurrentUser.require().hasRole(Roles.CLIENT);
        removeAll();
        add(new H2(shown.name()), DashboardLinks.of(this, shown.id(), DashboardLinks.Page.MANAGE, report),
                periodControls(), new H3(getTranslation("kpi.table.title")), table);
        treePanel = new TargetTreePanel(trees, shown.id(), period(), !client);
        add(treePanel);
        if (!client) {
            targetsPanel = new TargetsPanel(targets, shown.id(), period(), this::refresh);
            add(targetsPanel);
        }
        if (CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
            add(new ThresholdsPanel(targets, this::refresh), new RebuildButton(rollups, worker, this::refresh));
        }
        add(new CanvasPanel(canvases, shown.id(), !client, this::refresh));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("kpi.manage.title")
                : getTranslation("kpi.manage.titleOf", community.name());
    }

    private void periodChanged() {
        if (community == null) {
            return;
        }
        if (kind.getValue() != null && day.getValue() != null && targetsPanel != null) {
            targetsPanel.show(period());
        }
        if (kind.getValue() != null && day.getValue() != null && treePanel != null) {
            treePanel.show(period());
        }
        refresh();
    }

    private KpiPeriod period() {
        return KpiPeriod.of(Objects.requireNonNullElse(kind.getValue(), PeriodKind.MONTH),
                Objects.requireNonNullElseGet(day.getValue(), kpis::today));
    }

    private void refresh() {
        table.show(kpis.board(id(), period()));
    }

    private UUID id() {
        return Objects.requireNonNull(community).id();
    }
}

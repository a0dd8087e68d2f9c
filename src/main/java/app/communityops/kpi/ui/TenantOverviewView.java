package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.TenantOverview;
import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The agency's communities ranked on chosen KPIs for a period, with the median and the best across them as
 * benchmarks: each value is coloured by the side of the median it falls on (for a lower-is-better KPI, below is
 * good). Operators see the communities assigned to them, the tenant admin all.
 */
@Route(KpiNavigation.TENANT_OVERVIEW_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "dashboard.overview.menu", order = 20, icon = "BAR_CHART")
@NavGroup(NavArea.MANAGE)
class TenantOverviewView extends Div implements HasDynamicTitle {

    static final List<Kpi> DEFAULT_KPIS = List.of(Kpi.MEMBERS_TOTAL, Kpi.DAU, Kpi.ACTIVATION_RATE,
            Kpi.FIRST_PURCHASE_RATE, Kpi.REVENUE, Kpi.CHURN_RATE);

    private final KpiService kpis;
    private final PeriodPicker picker;
    private final MultiSelectComboBox<Kpi> chosen = new MultiSelectComboBox<>();
    private final Select<Kpi> rankBy = new Select<>();
    private final Div table = new Div();
    private final EChart chart = new EChart();
    private final Anchor csv = new Anchor();
    /** While the period runs, the days its figures cover ("1–6 Dec so far"), as the dashboards count them. */
    private final Span covered = new Span();
    private final LocalDate today;
    private @Nullable TenantOverview overview;
    private boolean updating;

    TenantOverviewView(KpiService kpis) {
        this.kpis = kpis;
        this.today = kpis.today();
        setId("overview-view");
        addClassName("dashboard");
        picker = new PeriodPicker("overview", today, period -> load());
        chosen.setId("overview-kpis");
        chosen.setLabel(getTranslation("dashboard.overview.kpis"));
        chosen.setItems(Kpi.values());
        chosen.setItemLabelGenerator(kpi -> getTranslation(kpi.nameKey()));
        chosen.setWidth("min(100%, 32rem)");
        chosen.setValue(Set.copyOf(DEFAULT_KPIS));
        chosen.addValueChangeListener(change -> {
            if (!updating) {
                load();
            }
        });
        rankBy.setId("overview-rank");
        rankBy.setLabel(getTranslation("dashboard.overview.rankBy"));
        rankBy.setItemLabelGenerator(kpi -> getTranslation(kpi.nameKey()));
        rankBy.addValueChangeListener(change -> {
            if (!updating && change.getValue() != null) {
                render();
            }
        });
        HorizontalLayout controls = new HorizontalLayout(picker, chosen, rankBy);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        controls.addClassName("dashboard-controls");
        table.addClassName("dashboard-table-scroll");
        chart.setChartId("overview-chart");
        csv.setId("overview-csv");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("dashboard.overview.csv")));
        csv.addClassName("dashboard-csv");
        Span legend = new Span(getTranslation("dashboard.overview.legend"));
        legend.addClassName("dashboard-hint");
        covered.setId("overview-covered");
        covered.addClassName("dashboard-hint");
        Div tableHead = new Div(legend, covered, csv);
        tableHead.addClassName("dashboard-table-head");
        Div chartPanel = new Div(new H3(getTranslation("dashboard.overview.chart")), chart);
        chartPanel.addClassName("dashboard-panel");
        add(controls, tableHead, table, chartPanel);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.overview.title");
    }

    /** Ranks on a KPI, as the column headers and the select do. */
    void rankBy(Kpi kpi) {
        rankBy.setValue(kpi);
    }

    private List<Kpi> selected() {
        return chosen.getValue().stream().sorted().toList();
    }

    private void load() {
        List<Kpi> shown = selected();
        KpiPeriod period = picker.value();
        overview = kpis.overview(period, shown);
        covered.setVisible(period.runningOn(today));
        covered.setText(period.runningOn(today) ? getTranslation("kpi.overview.soFar",
                DashboardFormat.span(this, period.spanUntil(today))) : "");
        updating = true;
        try {
            Kpi ranked = rankBy.getValue();
            rankBy.setItems(shown);
            rankBy.setValue(shown.contains(ranked) ? ranked : shown.isEmpty() ? null : shown.getFirst());
        } finally {
            updating = false;
        }
        render();
    }

    private void render() {
        TenantOverview shown = Objects.requireNonNull(overview);
        Kpi ranked = rankBy.getValue();
        table.removeAll();
        if (shown.rows().isEmpty() || ranked == null) {
            table.add(emptyState(shown.rows().isEmpty() ? "dashboard.overview.empty" : "dashboard.overview.noKpis"));
            chart.setSpec(ChartSpec.bar(getTranslation("dashboard.overview.chart"), List.of()));
            csv.setVisible(false);
            return;
        }
        List<TenantOverview.Row> rows = shown.rankedBy(ranked);
        table.add(grid(shown, rows, ranked));
        chart.setSpec(chart(shown, rows, ranked));
        byte[] bytes = OverviewCsv.of(tableRows(shown, rows)).getBytes(StandardCharsets.UTF_8);
        String fileName = getTranslation("dashboard.overview.fileName") + "-" + picker.value().start() + ".csv";
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                fileName, "text/csv;charset=UTF-8", bytes.length)));
        csv.setDownload(true);
        csv.setVisible(true);
    }

    private Grid<TenantOverview.Row> grid(TenantOverview shown, List<TenantOverview.Row> rows, Kpi ranked) {
        Grid<TenantOverview.Row> grid = new Grid<>();
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> rows.indexOf(row) + 1).setKey("rank").setHeader("#").setWidth("3.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Anchor link = new Anchor(KpiNavigation.dashboardPath(row.communityId()), row.communityName());
            link.setId("overview-link-" + row.communityId());
            return link;
        }).setKey("community").setHeader(getTranslation("dashboard.overview.community")).setFlexGrow(2)
                .setWidth("12em").setFrozen(true);
        FooterRow median = grid.appendFooterRow();
        FooterRow best = grid.appendFooterRow();
        median.getCell(grid.getColumnByKey("community")).setText(getTranslation("dashboard.overview.median"));
        best.getCell(grid.getColumnByKey("community")).setText(getTranslation("dashboard.overview.best"));
        for (Kpi kpi : shown.kpis()) {
            TenantOverview.Benchmark benchmark = NotNull.entry(shown.benchmarks(), kpi);
            var column = grid.addComponentColumn(row -> valueCell(row, kpi, benchmark)).setKey(kpi.name())
                    .setHeader(header(kpi, kpi == ranked)).setAutoWidth(true).setTextAlign(
                            com.vaadin.flow.component.grid.ColumnTextAlign.END);
            median.getCell(column).setText(DashboardFormat.value(this, kpi, benchmark.median(), null));
            best.getCell(column).setText(DashboardFormat.value(this, kpi, benchmark.best(), null));
        }
        grid.setItems(rows);
        return grid;
    }

    private Button header(Kpi kpi, boolean ranked) {
        Button header = new Button(getTranslation(kpi.nameKey()),
                ranked ? VaadinIcon.ARROW_DOWN.create() : null, click -> rankBy(kpi));
        header.setId("overview-rank-" + kpi.name());
        header.setIconAfterText(true);
        header.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        header.setTooltipText(getTranslation(kpi.definitionKey()));
        header.getElement().setAttribute("aria-pressed", String.valueOf(ranked));
        return header;
    }

    private Span valueCell(TenantOverview.Row row, Kpi kpi, TenantOverview.Benchmark benchmark) {
        BigDecimal value = row.value(kpi);
        Span cell = new Span(DashboardFormat.value(this, kpi, value, null));
        cell.setId("overview-value-" + row.communityId() + "-" + kpi.name());
        cell.addClassName("overview-value");
        String side = side(kpi, value, benchmark.median());
        cell.addClassName(side);
        if (!side.equals("none")) {
            cell.getElement().setAttribute("title", getTranslation("dashboard.overview.side." + side));
        }
        return cell;
    }

    /** Which side of the median a value is on, as seen by the KPI: better, worse, or at it. */
    static String side(Kpi kpi, @Nullable BigDecimal value, @Nullable BigDecimal median) {
        if (value == null || median == null) {
            return "none";
        }
        int compared = value.compareTo(median) * (kpi.higherIsBetter() ? 1 : -1);
        return compared > 0 ? "better" : compared < 0 ? "worse" : "even";
    }

    private ChartSpec chart(TenantOverview shown, List<TenantOverview.Row> rows, Kpi ranked) {
        List<TenantOverview.Row> valued = rows.stream().filter(row -> row.value(ranked) != null).toList();
        String name = getTranslation(ranked.nameKey());
        ChartSpec spec = ChartSpec.bar(getTranslation("dashboard.overview.chartOf", name),
                valued.stream().map(TenantOverview.Row::communityName).toList())
                .categoryLabel(getTranslation("dashboard.overview.community"));
        if (valued.isEmpty()) {
            return spec;
        }
        spec.series(name, valued.stream().map(row -> (Number) row.value(ranked)).toList());
        BigDecimal median = NotNull.entry(shown.benchmarks(), ranked).median();
        if (median != null) {
            spec.target(getTranslation("dashboard.overview.median"), median);
        }
        return spec;
    }

    private List<List<String>> tableRows(TenantOverview shown, List<TenantOverview.Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(getTranslation("dashboard.overview.rank"),
                getTranslation("dashboard.overview.community")));
        shown.kpis().forEach(kpi -> header.add(getTranslation(kpi.nameKey())));
        lines.add(header);
        for (int i = 0; i < rows.size(); i++) {
            TenantOverview.Row row = rows.get(i);
            List<String> line = new ArrayList<>(List.of(String.valueOf(i + 1), row.communityName()));
            shown.kpis().forEach(kpi -> line.add(plain(row.value(kpi))));
            lines.add(line);
        }
        List<String> median = new ArrayList<>(List.of("", getTranslation("dashboard.overview.median")));
        List<String> best = new ArrayList<>(List.of("", getTranslation("dashboard.overview.best")));
        shown.kpis().forEach(kpi -> {
            median.add(plain(NotNull.entry(shown.benchmarks(), kpi).median()));
            best.add(plain(NotNull.entry(shown.benchmarks(), kpi).best()));
        });
        lines.add(median);
        lines.add(best);
        return lines;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private Div emptyState(String key) {
        Div empty = new Div();
        empty.setId("overview-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.BAR_CHART.create();
        icon.addClassName("empty-icon");
        icon.setSize("48px");
        empty.add(icon, new Span(getTranslation(key)));
        return empty;
    }
}

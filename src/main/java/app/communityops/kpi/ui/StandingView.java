package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.PeerBands;
import app.communityops.kpi.PeerService;
import app.communityops.kpi.PeerStanding;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where each community stands among its peers (decision 0049): for every community the user may see, each chosen
 * KPI as the share of its peers (the other clients' active communities of the same vertical and channel) it does
 * better than, with the number of peers; communities without enough peers are marked. Staff only: a client never
 * sees another community's standing.
 */
@Route(KpiNavigation.STANDING_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "peers.standing.menu", order = 21, icon = "SCALE")
@NavGroup(NavArea.MANAGE)
class StandingView extends Div implements HasDynamicTitle {

    private final PeerService peers;
    private final PeriodPicker picker;
    private final MultiSelectComboBox<Kpi> chosen = new MultiSelectComboBox<>();
    private final Div table = new Div();
    private final Anchor csv = new Anchor();

    StandingView(PeerService peers, KpiService kpis) {
        this.peers = peers;
        setId("standing-view");
        addClassName("dashboard");
        picker = new PeriodPicker("standing", kpis.today(), period -> load());
        chosen.setId("standing-kpis");
        chosen.setLabel(getTranslation("dashboard.overview.kpis"));
        chosen.setItems(Kpi.values());
        chosen.setItemLabelGenerator(kpi -> getTranslation(kpi.nameKey()));
        chosen.setWidth("min(100%, 32rem)");
        chosen.setValue(Set.copyOf(TenantOverviewView.DEFAULT_KPIS));
        chosen.addValueChangeListener(change -> load());
        HorizontalLayout controls = new HorizontalLayout(picker, chosen);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        controls.addClassName("dashboard-controls");
        csv.setId("standing-csv");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("dashboard.overview.csv")));
        csv.addClassName("dashboard-csv");
        Span legend = new Span(getTranslation("peers.standing.legend", PeerBands.MIN_COMMUNITIES,
                PeerBands.MIN_CLIENTS));
        legend.addClassName("dashboard-hint");
        Div tableHead = new Div(legend, csv);
        tableHead.addClassName("dashboard-table-head");
        table.addClassName("dashboard-table-scroll");
        add(controls, tableHead, table);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("peers.standing.title");
    }

    private void load() {
        List<Kpi> shown = chosen.getValue().stream().sorted().toList();
        PeerStanding standing = peers.standing(picker.value(), shown);
        table.removeAll();
        if (standing.rows().isEmpty() || shown.isEmpty()) {
            Div empty = new Div();
            empty.setId("standing-empty");
            empty.addClassName("empty-state");
            empty.add(new Span(getTranslation(standing.rows().isEmpty() ? "dashboard.overview.empty"
                    : "dashboard.overview.noKpis")));
            table.add(empty);
            csv.setVisible(false);
            return;
        }
        table.add(grid(standing));
        byte[] bytes = OverviewCsv.of(lines(standing)).getBytes(StandardCharsets.UTF_8);
        String fileName = getTranslation("peers.standing.fileName") + "-" + picker.value().start() + ".csv";
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                fileName, "text/csv;charset=UTF-8", bytes.length)));
        csv.setDownload(true);
        csv.setVisible(true);
    }

    private Grid<PeerStanding.Row> grid(PeerStanding standing) {
        Grid<PeerStanding.Row> grid = new Grid<>();
        grid.setId("standing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> {
            Anchor link = new Anchor(KpiNavigation.dashboardPath(row.communityId()), row.communityName());
            link.setId("standing-link-" + row.communityId());
            return link;
        }).setKey("community").setHeader(getTranslation("dashboard.overview.community")).setFlexGrow(2)
                .setWidth("12em").setFrozen(true);
        grid.addColumn(this::peerCount).setKey("peers").setHeader(getTranslation("peers.standing.peers"))
                .setAutoWidth(true);
        for (Kpi kpi : standing.kpis()) {
            grid.addComponentColumn(row -> cell(row, kpi)).setKey(kpi.name())
                    .setHeader(getTranslation(kpi.nameKey())).setAutoWidth(true).setTextAlign(ColumnTextAlign.END)
                    .setTooltipGenerator(row -> getTranslation(kpi.definitionKey()));
        }
        grid.setItems(standing.rows());
        return grid;
    }

    /** The peer count, or why the community is not compared. */
    private String peerCount(PeerStanding.Row row) {
        if (row.status() != PeerBands.Status.COMPARED) {
            return getTranslation(row.status() == PeerBands.Status.NOT_ACTIVE ? "peers.notActive"
                    : "peers.noVertical");
        }
        if (row.peers() < PeerBands.MIN_COMMUNITIES) {
            return getTranslation("peers.notEnough", row.peers(), PeerBands.MIN_COMMUNITIES);
        }
        if (row.clients() < PeerBands.MIN_CLIENTS) {
            return getTranslation("peers.notEnoughClients", row.clients(), PeerBands.MIN_CLIENTS);
        }
        return getTranslation("peers.standing.count", row.peers(), row.clients());
    }

    private Span cell(PeerStanding.Row row, Kpi kpi) {
        PeerStanding.Rank rank = row.rank(kpi);
        Span cell = new Span(rank == null || rank.percentile() == null ? DashboardFormat.NONE
                : getTranslation("peers.standing.percentile", rank.percentile().toPlainString()));
        cell.setId("standing-value-" + row.communityId() + "-" + kpi.name());
        cell.addClassName("overview-value");
        if (rank != null && rank.percentile() != null) {
            int percentile = rank.percentile().intValue();
            cell.addClassName(percentile >= 75 ? "better" : percentile < 25 ? "worse" : "even");
            cell.getElement().setAttribute("title", getTranslation("peers.standing.cellTitle",
                    rank.percentile().toPlainString(), rank.peers()));
        }
        return cell;
    }

    private List<List<String>> lines(PeerStanding standing) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(getTranslation("dashboard.overview.community"),
                getTranslation("peers.standing.peers")));
        standing.kpis().forEach(kpi -> header.add(getTranslation(kpi.nameKey())));
        lines.add(header);
        for (PeerStanding.Row row : standing.rows()) {
            List<String> line = new ArrayList<>(List.of(row.communityName(),
                    row.compared() ? String.valueOf(row.peers()) : peerCount(row)));
            for (Kpi kpi : standing.kpis()) {
                PeerStanding.Rank rank = row.rank(kpi);
                line.add(rank == null || rank.percentile() == null ? "" : rank.percentile().toPlainString());
            }
            lines.add(line);
        }
        return lines;
    }
}

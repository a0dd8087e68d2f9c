package app.communityops.tool.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Roles;
import app.communityops.tool.CommunityTool;
import app.communityops.tool.ToolNavigation;
import app.communityops.tool.ToolService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The tools one community uses, what for, and its share of their monthly cost; clients read their own. */
@Route(ToolNavigation.COMMUNITY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class CommunityToolsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final ToolService tools;
    private final Grid<CommunityTool> grid = new Grid<>();
    private final Div empty = new Div();
    private final Paragraph total = new Paragraph();
    private @Nullable CommunitySummary community;

    CommunityToolsView(CommunityService communities, ToolService tools) {
        this.communities = communities;
        this.tools = tools;
        setId("community-tools-view");
        setSizeFull();
        total.setId("community-tools-total");
        configureGrid();
        empty.setId("community-tools-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.TOOLS.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("tool.community.empty")));
        add(total, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        List<CommunityTool> used = tools.forCommunity(community.id());
        grid.setItems(used);
        grid.setVisible(!used.isEmpty());
        empty.setVisible(used.isEmpty());
        Map<String, BigDecimal> perCurrency = used.stream().filter(tool -> tool.monthlyShare() != null)
                .collect(Collectors.toMap(CommunityTool::currency, CommunityTool::monthlyShare, BigDecimal::add,
                        TreeMap::new));
        total.setText(getTranslation("tool.community.total", perCurrency.entrySet().stream()
                .map(entry -> ToolLabels.money(getLocale(), entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(" + "))));
        total.setVisible(!perCurrency.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tool.community.title", community == null ? "" : community.name());
    }

    private void configureGrid() {
        grid.setId("community-tools-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CommunityTool::name).setKey("name").setHeader(getTranslation("tool.column.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(CommunityTool::category).setKey("category").setHeader(getTranslation("tool.column.category"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(tool -> tool.purpose() == null ? "" : tool.purpose()).setKey("purpose")
                .setHeader(getTranslation("tool.column.purpose")).setFlexGrow(3)
                .setTooltipGenerator(tool -> tool.purpose() == null ? "" : tool.purpose());
        grid.addColumn(tool -> tool.funnelStage() == null ? "" : ToolLabels.of(this, tool.funnelStage()))
                .setKey("stage").setHeader(getTranslation("tool.column.stage")).setAutoWidth(true);
        grid.addComponentColumn(tool -> ToolLabels.badge(this, tool.status())).setKey("status")
                .setHeader(getTranslation("tool.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(tool -> ToolLabels.money(getLocale(), tool.monthlyShare(), tool.currency())).setKey("share")
                .setHeader(getTranslation("tool.column.share")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }
}

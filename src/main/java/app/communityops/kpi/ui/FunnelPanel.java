package app.communityops.kpi.ui;

import app.communityops.join.JoinLinkFigures;
import app.communityops.kpi.Funnel;
import app.communityops.kpi.FunnelStageKind;
import app.communityops.kpi.KpiPeriod;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The acquire → activate → convert → repurchase funnel: the chart of the counts, a table of each step's conversion,
 * drop-off, the compared span (the previous period's same days while it runs) and target, and the steps per acquisition channel as grouped bars.
 */
class FunnelPanel extends Div {

    private final EChart chart = new EChart();
    private final Grid<Funnel.Step> steps = new Grid<>();
    private final EChart channels = new EChart();
    private final FunnelLinksPanel links = new FunnelLinksPanel();

    FunnelPanel() {
        addClassName("dashboard-panel");
        addClassName("dashboard-funnel");
        chart.setChartId("dashboard-funnel");
        channels.setChartId("dashboard-channels");
        channels.setChartHeight("280px");
        steps.setId("dashboard-funnel-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        steps.addColumn(step -> getTranslation(stageKey(step.stage()))).setKey("stage")
                .setHeader(getTranslation("dashboard.funnel.stage")).setFlexGrow(2);
        steps.addColumn(step -> Long.toString(step.count())).setKey("count")
                .setHeader(getTranslation("dashboard.funnel.count")).setAutoWidth(true);
        steps.addColumn(step -> percent(step.conversionPercent())).setKey("conversion")
                .setHeader(getTranslation("dashboard.funnel.conversion")).setAutoWidth(true);
        steps.addColumn(step -> step.stage() == FunnelStageKind.APPLIED ? DashboardFormat.NONE
                        : Long.toString(step.dropOff())).setKey("dropOff")
                .setHeader(getTranslation("dashboard.funnel.dropOff")).setAutoWidth(true);
        steps.addColumn(step -> Long.toString(step.previous())).setKey("previous")
                .setHeader(getTranslation("dashboard.funnel.previous")).setAutoWidth(true);
        steps.addColumn(step -> percent(step.targetPercent())).setKey("target")
                .setHeader(getTranslation("dashboard.funnel.target")).setAutoWidth(true);
        steps.setAllRowsVisible(true);
        Div stepsHolder = new Div(steps);
        stepsHolder.addClassName("dashboard-table-scroll");
        H3 channelsTitle = new H3(getTranslation("dashboard.funnel.channels"));
        add(new H3(getTranslation("dashboard.funnel.title")), chart, stepsHolder, channelsTitle, channels, links);
    }

    /** The acquire step per join link, against the joined step of the funnel shown. */
    void showLinks(JoinLinkFigures figures, Funnel funnel) {
        links.show(figures, funnel.total().step(FunnelStageKind.JOINED).count());
    }

    /** The funnel; its previous counts are those of {@code compared} (the previous period's same span). */
    void show(Funnel funnel, Optional<KpiPeriod.Span> compared) {
        steps.getColumnByKey("previous").setHeader(compared.map(span -> getTranslation("kpi.table.comparedWith",
                DashboardFormat.span(this, span))).orElse(getTranslation("dashboard.funnel.previous")));
        show(funnel);
    }

    void show(Funnel funnel) {
        String people = getTranslation("dashboard.funnel.count");
        ChartSpec spec = ChartSpec.funnel(getTranslation("dashboard.funnel.title"), people)
                .categoryLabel(getTranslation("dashboard.funnel.stage"));
        boolean any = funnel.total().steps().stream().anyMatch(step -> step.count() > 0);
        if (any) {
            funnel.total().steps().forEach(step -> spec.slice(getTranslation(stageKey(step.stage())), step.count()));
        }
        chart.setSpec(spec);
        steps.setItems(funnel.total().steps());
        steps.setVisible(any);
        channels.setSpec(channels(funnel, any));
    }

    private ChartSpec channels(Funnel funnel, boolean any) {
        List<Funnel.Channel> shown = any ? funnel.channels() : List.of();
        List<String> names = new ArrayList<>();
        shown.forEach(channel -> names.add(channel.channelName() == null
                ? getTranslation("dashboard.funnel.noChannel") : channel.channelName()));
        ChartSpec spec = ChartSpec.bar(getTranslation("dashboard.funnel.channels"), names)
                .categoryLabel(getTranslation("dashboard.funnel.channel"));
        if (shown.isEmpty()) {
            return spec;
        }
        for (FunnelStageKind stage : FunnelStageKind.values()) {
            spec.series(getTranslation(stageKey(stage)),
                    shown.stream().map(channel -> (Number) channel.step(stage).count()).toList());
        }
        return spec;
    }

    private String percent(@Nullable BigDecimal value) {
        return value == null ? DashboardFormat.NONE : DashboardFormat.change(this, value).replace("+", "");
    }

    static String stageKey(FunnelStageKind stage) {
        return "dashboard.funnel.stage." + stage.name();
    }
}

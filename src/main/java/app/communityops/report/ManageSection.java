package app.communityops.report;

import app.communityops.kpi.CanvasDetails;
import app.communityops.kpi.CanvasService;
import app.communityops.kpi.Funnel;
import app.communityops.kpi.FunnelService;
import app.communityops.kpi.FunnelStageKind;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiStatus;
import app.communityops.kpi.KpiTexts;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.Pacing;
import app.communityops.kpi.PeerService;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.TargetTree;
import app.communityops.report.OperationsReport.Chart;
import app.communityops.report.OperationsReport.ChartKind;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Series;
import app.communityops.report.OperationsReport.Table;
import app.communityops.today.ServiceLevel;
import app.communityops.today.ServiceLevelRow;
import app.communityops.today.ServiceLevelService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Manage: the business logic, every KPI against its target with the previous period (the very board the Manage
 * page shows, read from {@link KpiService#board}, never recomputed here), the target tree and the acquire →
 * activate → convert funnel.
 */
@Component
class ManageSection implements ReportSection {

    private final CanvasService canvases;
    private final KpiService kpis;
    private final FunnelService funnels;
    private final ServiceLevelService serviceLevels;
    private final ReportDeliveryQueries settings;
    private final TargetTreeBlocks trees;
    private final PeerService peers;

    ManageSection(CanvasService canvases, KpiService kpis, FunnelService funnels, ServiceLevelService serviceLevels,
                  ReportDeliveryQueries settings, TargetTreeBlocks trees, PeerService peers) {
        this.trees = trees;
        this.peers = peers;
        this.canvases = canvases;
        this.kpis = kpis;
        this.funnels = funnels;
        this.serviceLevels = serviceLevels;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 10;
    }

    static KpiPeriod kpiPeriod(ReportPeriod period) {
        return KpiPeriod.of(period.kind() == ReportPeriod.Kind.MONTH ? PeriodKind.MONTH : PeriodKind.QUARTER,
                period.from());
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        KpiPeriod period = kpiPeriod(context.period());
        CanvasDetails canvas = canvases.find(context.communityId());
        KpiBoard board = kpis.board(context.communityId(), period);
        Funnel funnel = funnels.funnel(context.communityId(), period);
        List<OperationsReport.Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(
                fact(texts, "kpi.canvas.founderResources", canvas.founderResources()),
                fact(texts, "kpi.canvas.targetUsers", canvas.targetUsers()),
                fact(texts, "kpi.canvas.problemSolved", canvas.problemSolved()),
                fact(texts, "kpi.canvas.valueProvided", canvas.valueProvided()),
                fact(texts, "kpi.canvas.monetisation", canvas.monetisation()),
                fact(texts, "kpi.canvas.coreGoal", canvas.coreGoal()),
                fact(texts, "kpi.canvas.kpiBreakdown", canvas.kpiBreakdown()))));
        blocks.add(new Table(texts.t("report.manage.kpis"), kpiHeaders(board, texts),
                board.values().stream().map(value -> kpiRow(value, texts, paced(board))).toList(),
                texts.t("report.manage.noKpis")));
        blocks.addAll(kpiNotes(board, texts));
        blocks.add(PeerBandsTable.of(peers.bands(context.communityId(), period), board, texts));
        TargetTree tree = trees.tree(context.communityId(), period);
        blocks.addAll(TargetTreeBlocks.blocks(tree, texts));
        blocks.add(funnelChart(funnel, texts, board.compared().map(span -> KpiTexts.span(span, texts.locale(),
                texts::t)).orElse(texts.t("kpi.table.previous"))));
        blocks.add(new Table(texts.t("report.manage.funnel"), List.of(texts.t("report.manage.stage"),
                texts.t("report.manage.count"), texts.t("report.manage.conversion"), texts.t("report.manage.dropOff"),
                previousHeader(board, texts), texts.t("kpi.table.target")),
                funnel.total().steps().stream().map(step -> List.of(
                        texts.t("report.manage.stage." + step.stage().name()), texts.count(step.count()),
                        step.stage() == FunnelStageKind.APPLIED ? "–" : texts.percent(step.conversionPercent()),
                        texts.count(step.dropOff()),
                        texts.count(step.previous()),
                        step.targetPercent() == null ? "–" : texts.percent(step.targetPercent()))).toList(),
                texts.t("report.manage.noFunnel")));
        if (settings.serviceLevel(context.communityId())) {
            blocks.add(serviceLevel(serviceLevels.ofCommunity(context.communityId(), context.period().from(),
                    context.period().to()), texts));
        }
        return Sections.of("manage", texts, noData(canvas, board, funnel) && !tree.isSet(), blocks);
    }

    /** The agency's service level in the community, per operator and in total, when the tenant admin chose it. */
    static Table serviceLevel(ServiceLevel level, ReportTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        for (ServiceLevelRow row : level.byOperator()) {
            rows.add(serviceLevelRow(row.id() == null ? texts.t("today.serviceLevel.operatorsTogether") : row.name(),
                    row, texts));
        }
        if (!level.isEmpty()) {
            rows.add(serviceLevelRow(texts.t("today.serviceLevel.total"), level.total(), texts));
        }
        return new Table(texts.t("report.manage.serviceLevel"), List.of(texts.t("today.serviceLevel.operator"),
                texts.t("today.serviceLevel.due"), texts.t("today.serviceLevel.onTime"),
                texts.t("today.serviceLevel.late"), texts.t("today.serviceLevel.overdue"),
                texts.t("today.serviceLevel.rate")), rows, texts.t("today.serviceLevel.empty"));
    }

    private static List<String> serviceLevelRow(String name, ServiceLevelRow row, ReportTexts texts) {
        Double rate = row.onTimeRate();
        return List.of(name, texts.count(row.due()), texts.count(row.onTime()), texts.count(row.late()),
                texts.count(row.overdue()), rate == null ? texts.t("report.noRate")
                        : texts.percent(BigDecimal.valueOf(rate * 100)));
    }

    /** The Manage page's KPI table's headers; the previous values' one names the span ("Compared with 1–5 Nov"). */
    static List<String> kpiHeaders(KpiBoard board, ReportTexts texts) {
        List<String> headers = new ArrayList<>(List.of(texts.t("kpi.table.kpi"), texts.t("kpi.table.value"),
                texts.t("kpi.table.target")));
        if (paced(board)) {
            headers.addAll(List.of(texts.t("kpi.table.expected"), texts.t("kpi.table.forecast")));
        }
        headers.addAll(List.of(texts.t("kpi.table.status"), previousHeader(board, texts), texts.t("kpi.table.change")));
        return headers;
    }

    /** Whether any KPI of the board is paced: a running period with targets; else its columns are left out. */
    static boolean paced(KpiBoard board) {
        return board.values().stream().anyMatch(value -> value.pacing() != null);
    }

    static String previousHeader(KpiBoard board, ReportTexts texts) {
        return board.compared().map(span -> texts.t("kpi.table.comparedWith",
                KpiTexts.span(span, texts.locale(), texts::t))).orElse(texts.t("kpi.table.previous"));
    }

    /**
     * Below the KPI table, what a reader of paper cannot hover for: how a running period's targets are paced, each
     * paced KPI's method in full, and the time the activity figures are as of while late events wait.
     */
    static List<OperationsReport.Block> kpiNotes(KpiBoard board, ReportTexts texts) {
        List<OperationsReport.Block> notes = new ArrayList<>();
        List<KpiValue> paced = board.values().stream().filter(value -> value.pacing() != null).toList();
        if (!paced.isEmpty()) {
            notes.add(new Paragraph(texts.t("kpi.pacing.note")));
            notes.add(new Facts(paced.stream().map(value -> new Fact(texts.t(value.kpi().nameKey()),
                    pacingMethod(value, texts))).toList()));
        }
        KpiTexts.asOf(board, texts.locale(), texts::t).ifPresent(text -> notes.add(new Paragraph(text)));
        return notes;
    }

    static String pacingMethod(KpiValue value, ReportTexts texts) {
        Pacing pacing = Objects.requireNonNull(value.pacing());
        return KpiTexts.pacingMethod(pacing, figure(value.kpi(), value.target(), value.currency(), texts),
                figure(value.kpi(), pacing.expected(), value.currency(), texts),
                figure(value.kpi(), value.value(), value.currency(), texts),
                figure(value.kpi(), pacing.forecast(), value.currency(), texts), texts::t);
    }

    /**
     * The same words and figures as the Manage page's KPI table, in the report's number format; with
     * {@code withPacing}, the expected-by-now value and the forecast after the target.
     */
    static List<String> kpiRow(KpiValue value, ReportTexts texts, boolean withPacing) {
        String name = texts.t(value.kpi().nameKey())
                + (value.kpi().higherIsBetter() ? "" : " (" + texts.t("kpi.table.lowerIsBetter") + ")");
        Pacing pacing = value.pacing();
        List<String> row = new ArrayList<>(List.of(name, figure(value.kpi(), value.value(), value.currency(), texts),
                figure(value.kpi(), value.target(), value.currency(), texts)));
        if (withPacing) {
            row.add(pacing == null ? "–" : figure(value.kpi(), pacing.expected(), value.currency(), texts));
            row.add(pacing == null ? "–" : figure(value.kpi(), pacing.forecast(), value.currency(), texts));
        }
        row.addAll(List.of(texts.t("kpi.status." + value.status().name()),
                figure(value.kpi(), value.previous(), value.currency(), texts), change(value.changePercent(), texts)));
        return row;
    }

    static String figure(Kpi kpi, @Nullable BigDecimal value, @Nullable String currency, ReportTexts texts) {
        if (value == null) {
            return "–";
        }
        return switch (kpi.unit()) {
            case PERCENT -> texts.percent(value);
            case MONEY -> texts.money(currency, value);
            // An average count (DAU over a month) keeps its decimals.
            case COUNT -> value.stripTrailingZeros().scale() <= 0 ? texts.count(value.longValue()) : number(value);
            case NUMBER -> number(value);
        };
    }

    private static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String change(@Nullable BigDecimal percent, ReportTexts texts) {
        return percent == null ? "–" : (percent.signum() > 0 ? "+" : "") + texts.percent(percent);
    }

    private static Fact fact(ReportTexts texts, String key, @Nullable String value) {
        return new Fact(texts.t(key), texts.text(value));
    }

    /** Each step of the funnel, this period beside the previous one: where members drop is seen at a glance. */
    private static Chart funnelChart(Funnel funnel, ReportTexts texts, String previous) {
        List<Funnel.Step> steps = funnel.total().steps();
        return new Chart(ChartKind.BAR, texts.t("report.manage.funnelChart"), texts.t("report.manage.stage"),
                steps.stream().map(step -> texts.t("report.manage.stage." + step.stage().name())).toList(),
                List.of(new Series(texts.t("report.manage.thisPeriod"),
                                steps.stream().map(step -> BigDecimal.valueOf(step.count())).toList()),
                        new Series(previous,
                                steps.stream().map(step -> BigDecimal.valueOf(step.previous())).toList())));
    }

    /** Nothing recorded yet: no business logic written, no target set, every figure empty or zero, no funnel. */
    private static boolean noData(CanvasDetails canvas, KpiBoard board, Funnel funnel) {
        boolean noFigures = board.values().stream().allMatch(value -> value.target() == null
                && value.status() == KpiStatus.NONE && zero(value.value()) && zero(value.previous()));
        boolean noFunnel = funnel.total().steps().stream().allMatch(step -> step.count() == 0 && step.previous() == 0);
        return !canvas.saved() && noFigures && noFunnel;
    }

    private static boolean zero(@Nullable BigDecimal value) {
        return value == null || value.signum() == 0;
    }
}

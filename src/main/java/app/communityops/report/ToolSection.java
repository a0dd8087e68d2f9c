package app.communityops.report;

import app.communityops.report.OperationsReport.Chart;
import app.communityops.report.OperationsReport.ChartKind;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Series;
import app.communityops.report.OperationsReport.Table;
import app.communityops.tool.CommunityTool;
import app.communityops.tool.ToolService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tool: the tools the community uses by purpose and category, with the community's share of their monthly cost
 * as the tools screen shows it. The inventory has no history, so this is the inventory as of the report's day.
 */
@Component
class ToolSection implements ReportSection {

    private final ToolService tools;

    ToolSection(ToolService tools) {
        this.tools = tools;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        List<CommunityTool> used = tools.forCommunity(context.communityId());
        List<CommunityTool> priced = used.stream().filter(tool -> tool.monthlyShare() != null).toList();
        Map<String, BigDecimal> totals = new TreeMap<>(priced.stream().collect(Collectors.groupingBy(
                tool -> Objects.requireNonNull(tool.currency()),
                Collectors.reducing(BigDecimal.ZERO, CommunityTool::monthlyShare, BigDecimal::add))));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(texts.t("report.tool.count"), texts.count(used.size())));
        totals.forEach((currency, total) -> facts.add(new Fact(texts.t("report.tool.monthlyCost", currency),
                texts.money(currency, total))));
        Table table = new Table(texts.t("report.tool.list"), List.of(texts.t("report.tool.name"),
                texts.t("report.tool.category"), texts.t("report.tool.purpose"), texts.t("report.tool.stage"),
                texts.t("report.tool.status"), texts.t("report.tool.share")),
                used.stream().map(tool -> List.of(tool.name(), tool.category(), texts.text(tool.purpose()),
                        tool.funnelStage() == null ? "–" : texts.t("tool.stage." + tool.funnelStage().name()),
                        texts.t("tool.status." + tool.status().name()),
                        texts.money(tool.currency(), tool.monthlyShare()))).toList(),
                texts.t("report.tool.none"));
        return Sections.of("tool", texts, used.isEmpty(), List.of(new Facts(facts), costChart(priced, texts), table));
    }

    /** One bar per category, one series per currency. */
    private static Chart costChart(List<CommunityTool> priced, ReportTexts texts) {
        List<String> categories = priced.stream().map(CommunityTool::category).distinct().sorted().toList();
        List<String> currencies = priced.stream().map(CommunityTool::currency).filter(Objects::nonNull).distinct()
                .sorted().toList();
        List<Series> series = currencies.stream().map(currency -> new Series(currency, categories.stream()
                .map(category -> priced.stream()
                        .filter(tool -> tool.category().equals(category) && currency.equals(tool.currency()))
                        .map(CommunityTool::monthlyShare).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)).toList())).toList();
        return new Chart(ChartKind.BAR, texts.t("report.tool.byCategory"), texts.t("report.tool.category"),
                categories, series);
    }
}

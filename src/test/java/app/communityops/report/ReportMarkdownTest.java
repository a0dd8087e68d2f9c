package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.report.OperationsReport.Chart;
import app.communityops.report.OperationsReport.ChartKind;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Paragraph;
import app.communityops.report.OperationsReport.Section;
import app.communityops.report.OperationsReport.Series;
import app.communityops.report.OperationsReport.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportMarkdownTest {

    private final OperationsReport report = new OperationsReport(UUID.randomUUID(), "求职社群",
            ReportPeriod.month(YearMonth.of(2026, 10)), "zh-CN", "社群运营报告：求职社群", "周期 2026年10月", null,
            Instant.parse("2026-11-01T02:00:00Z"), List.of(
            new Section("money", "五、变现", false, List.of(
                    new Facts(List.of(new Fact("净收入（CNY）", "CNY 1,999.00"), new Fact("复购率", "50.0% (1 / 2)"))),
                    new Table("产品", List.of("产品", "价格"), List.of(List.of("A|B *课程*", "CNY 19.90")), "没有产品。"),
                    new Chart(ChartKind.BAR, "各收入来源的收入", "收入来源", List.of("付费知识"),
                            List.of(new Series("CNY", List.of(new BigDecimal("1999.00"))))))),
            new Section("tool", "六、工具", true, List.of(new Paragraph("暂无数据：该社群尚未使用工具清单中的工具。")))));

    @Test
    void sectionsAreHeadingsAndTablesAreGfmTables() {
        String md = ReportMarkdown.render(report);

        assertThat(md).startsWith("# 社群运营报告：求职社群\n\n周期 2026年10月\n");
        assertThat(md).contains("\n## 五、变现\n", "| 净收入（CNY） | CNY 1,999.00 |", "| 复购率 | 50.0% (1 / 2) |",
                "**产品**\n\n| 产品 | 价格 |\n| --- | --- |\n| A\\|B \\*课程\\* | CNY 19.90 |",
                "**各收入来源的收入**\n\n| 收入来源 | CNY |\n| --- | --- |\n| 付费知识 | 1999 |",
                "\n## 六、工具\n\n暂无数据：该社群尚未使用工具清单中的工具。\n");
    }
}

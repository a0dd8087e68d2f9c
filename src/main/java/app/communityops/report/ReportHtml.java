package app.communityops.report;

import app.communityops.report.OperationsReport.Block;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report as strict XHTML for the PDF renderer. Every text is escaped (names and titles come from users);
 * charts become bar tables drawn with CSS, which the renderer lays out without a script engine.
 */
final class ReportHtml {

    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: 'Noto Sans SC'; font-size: 10pt; line-height: 1.35; color: #1d2939; }
            h1 { font-size: 18pt; margin: 0 0 2mm 0; }
            .subtitle { color: #667085; margin: 0 0 6mm 0; }
            .issuer { color: #344054; font-size: 11pt; margin-bottom: 4mm; }
            .issuer img { height: 12mm; vertical-align: middle; margin-right: 3mm; }
            h2 { font-size: 13pt; border-bottom: 1px solid #d0d5dd; padding-bottom: 1mm; margin-top: 7mm; }
            .no-data { color: #667085; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; }
            caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
            th, td { text-align: left; padding: 1mm 2mm; border-bottom: 1px solid #eaecf0; vertical-align: top; }
            th { background: #f2f4f7; }
            table.facts th { background: none; color: #475467; width: 45%; font-weight: normal; }
            .bar { display: inline-block; height: 3mm; background: #2e90fa; }
            .commentary { border-left: 2px solid #2e90fa; background: #f5faff; padding: 2mm 3mm; margin: 3mm 0; }
            .commentary h3 { font-size: 10.5pt; margin: 0 0 1mm 0; }
            .commentary .label { font-weight: bold; margin: 2mm 0 0 0; }
            .commentary p { margin: 0; white-space: pre-wrap; }
            .bar.s1 { background: #f04438; } .bar.s2 { background: #12b76a; } .bar.s3 { background: #f79009; }
            """;

    private ReportHtml() {
    }

    /** {@code logo} is the issuer's logo as the renderer reads it, null to head the report with the name alone. */
    static String of(OperationsReport report, @Nullable PrintableLogo logo) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(report.languageTag())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(report.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
        if (report.issuer() != null) {
            html.append("<div class=\"issuer\">");
            if (logo != null) {
                html.append("<img alt=\"\" src=\"data:").append(logo.contentType()).append(";base64,")
                        .append(Base64.getEncoder().encodeToString(logo.bytes())).append("\"/>");
            }
            html.append(escape(report.issuer())).append("</div>");
        }
        html.append("<h1>").append(escape(report.title())).append("</h1><p class=\"subtitle\">")
                .append(escape(report.subtitle())).append("</p>");
        for (OperationsReport.Section section : report.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>");
            section.blocks().forEach(block -> block(html, block, section.noData()));
        }
        return html.append("</body></html>").toString();
    }

    private static void block(StringBuilder html, Block block, boolean noData) {
        switch (block) {
            case OperationsReport.Paragraph text -> html.append(noData ? "<p class=\"no-data\">" : "<p>")
                    .append(escape(text.text())).append("</p>");
            case OperationsReport.Facts facts -> {
                html.append("<table class=\"facts\">");
                facts.facts().forEach(fact -> html.append("<tr><th>").append(escape(fact.label()))
                        .append("</th><td>").append(escape(fact.value())).append("</td></tr>"));
                html.append("</table>");
            }
            case OperationsReport.Table table -> table(html, table);
            case OperationsReport.Chart chart -> chart(html, chart);
            case OperationsReport.Commentary commentary -> {
                html.append("<div class=\"commentary\"><h3>").append(escape(commentary.heading())).append("</h3>");
                commentary.notes().forEach(note -> html.append("<p class=\"label\">").append(escape(note.label()))
                        .append("</p><p>").append(escape(note.value())).append("</p>"));
                html.append("</div>");
            }
        }
    }

    private static void table(StringBuilder html, OperationsReport.Table table) {
        if (table.rows().isEmpty()) {
            html.append("<p><b>").append(escape(table.caption())).append("</b><br/>").append(escape(table.emptyText()))
                    .append("</p>");
            return;
        }
        html.append("<table><caption>").append(escape(table.caption())).append("</caption><tr>");
        table.headers().forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        html.append("</tr>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    /** One row per category: the category, then per series its value and a bar scaled to the largest value. */
    private static void chart(StringBuilder html, OperationsReport.Chart chart) {
        if (chart.isEmpty()) {
            return;
        }
        BigDecimal max = chart.series().stream().flatMap(s -> s.values().stream()).max(BigDecimal::compareTo)
                .filter(value -> value.signum() > 0).orElse(BigDecimal.ONE);
        html.append("<table class=\"chart\"><caption>").append(escape(chart.title())).append("</caption><tr><th>")
                .append(escape(chart.categoryLabel())).append("</th>");
        chart.series().forEach(series -> html.append("<th>").append(escape(series.name())).append("</th>"));
        html.append("</tr>");
        for (int i = 0; i < chart.categories().size(); i++) {
            html.append("<tr><td>").append(escape(chart.categories().get(i))).append("</td>");
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal value = chart.series().get(s).values().get(i);
                int width = value.signum() <= 0 ? 0
                        : Math.max(1, value.multiply(BigDecimal.valueOf(30)).divide(max, 0, RoundingMode.HALF_UP)
                                .intValue());
                html.append("<td>").append(escape(value.stripTrailingZeros().toPlainString()));
                if (width > 0) {
                    html.append(" <span class=\"bar s").append(s % 4).append("\" style=\"width: ").append(width)
                            .append("mm\"></span>");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0 and would stop the renderer.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}

package app.communityops.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown: facts as a two-column table, tables as GFM tables, charts as their
 * data. User text is escaped so a name cannot open a heading, a link or a table cell.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(OperationsReport report) {
        StringBuilder md = new StringBuilder(8_192);
        if (report.issuer() != null) {
            md.append(inline(report.issuer())).append("\n\n");
        }
        md.append("# ").append(inline(report.title())).append("\n\n").append(inline(report.subtitle())).append("\n");
        for (OperationsReport.Section section : report.sections()) {
            md.append("\n## ").append(inline(section.heading())).append("\n");
            for (OperationsReport.Block block : section.blocks()) {
                md.append('\n');
                switch (block) {
                    case OperationsReport.Paragraph text -> md.append(inline(text.text())).append('\n');
                    case OperationsReport.Facts facts -> table(md, List.of("", ""),
                            facts.facts().stream().map(f -> List.of(f.label(), f.value())).toList());
                    case OperationsReport.Table table -> {
                        md.append("**").append(inline(table.caption())).append("**\n\n");
                        if (table.rows().isEmpty()) {
                            md.append(inline(table.emptyText())).append('\n');
                        } else {
                            table(md, table.headers(), table.rows());
                        }
                    }
                    case OperationsReport.Chart chart -> chart(md, chart);
                    case OperationsReport.Commentary commentary -> commentary(md, commentary);
                }
            }
        }
        return md.toString();
    }

    /** The heading, then each note's label in bold and its text as a quote, its lines kept as lines. */
    private static void commentary(StringBuilder md, OperationsReport.Commentary commentary) {
        md.append("### ").append(inline(commentary.heading())).append('\n');
        for (OperationsReport.Fact note : commentary.notes()) {
            md.append("\n**").append(inline(note.label())).append("**\n\n");
            for (String line : note.value().strip().split("\\R+")) {
                if (!line.isBlank()) {
                    md.append("> ").append(inline(line)).append('\n');
                }
            }
        }
    }

    private static void chart(StringBuilder md, OperationsReport.Chart chart) {
        md.append("**").append(inline(chart.title())).append("**\n\n");
        List<String> headers = new ArrayList<>(List.of(chart.categoryLabel()));
        chart.series().forEach(series -> headers.add(series.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(chart.categories().get(i)));
            for (OperationsReport.Series series : chart.series()) {
                row.add(series.values().get(i).stripTrailingZeros().toPlainString());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return;
        }
        table(md, headers, rows);
    }

    private static void table(StringBuilder md, List<String> headers, List<List<String>> rows) {
        md.append('|');
        headers.forEach(header -> md.append(' ').append(cell(header)).append(" |"));
        md.append("\n|");
        headers.forEach(header -> md.append(" --- |"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(value -> md.append(' ').append(cell(value)).append(" |"));
            md.append('\n');
        }
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** One line of text with Markdown's special characters escaped. */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_[]<>#!~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            if (c >= 0x20) {
                escaped.append(c);
            }
        }
        return escaped.toString().strip();
    }
}

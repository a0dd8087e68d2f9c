package app.communityops.shared.ui.echarts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart's data as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Chinese correctly). Text cells
 * that a spreadsheet would run as a formula get a leading apostrophe; numbers stay numbers.
 */
public final class ChartCsv {

    private ChartCsv() {
    }

    public static String of(ChartSpec spec) {
        return "\uFEFF" + spec.table().stream().map(ChartCsv::line).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ChartCsv::cell).collect(Collectors.joining(","));
    }

    static String cell(String value) {
        String safe = isNumber(value) || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value
                : "'" + value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}

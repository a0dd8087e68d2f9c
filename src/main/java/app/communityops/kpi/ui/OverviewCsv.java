package app.communityops.kpi.ui;

import app.communityops.shared.csv.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV, UTF-8 with a BOM so spreadsheet programs read Chinese names correctly. Numbers stay numbers;
 * text that a spreadsheet would run as a formula is defused.
 */
final class OverviewCsv {

    private OverviewCsv() {
    }

    static String of(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(OverviewCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value.matches("-?\\d+(\\.\\d+)?") ? value : CsvCells.safe(value);
    }
}

package app.communityops.shared.csv.ui;

import app.communityops.shared.csv.CsvCells;
import app.communityops.shared.csv.ImportProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The problems of a refused file as a CSV (line, column, reason) in the user's language, for Excel (UTF-8 BOM). */
public final class ErrorReport {

    private ErrorReport() {
    }

    /** {@code translate} turns a key and its arguments into text. */
    public static byte[] csv(List<ImportProblem> problems, long more, BiFunction<String, Object[], String> translate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(translate.apply("shared.csv.problems.line", new Object[0]),
                    translate.apply("shared.csv.problems.column", new Object[0]),
                    translate.apply("shared.csv.problems.reason", new Object[0]));
            for (ImportProblem problem : problems) {
                csv.printRecord(line(problem), CsvCells.safe(column(problem, translate)),
                        CsvCells.safe(reason(problem, translate)));
            }
            if (more > 0) {
                csv.printRecord("", "", translate.apply("shared.csv.problems.more", new Object[] {more}));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String line(ImportProblem problem) {
        return problem.line() == 0 ? "" : Long.toString(problem.line());
    }

    static String column(ImportProblem problem, BiFunction<String, Object[], String> translate) {
        if (problem.column() != null) {
            return problem.column();
        }
        return problem.line() == 0 ? translate.apply("shared.csv.problems.wholeFile", new Object[0]) : "";
    }

    static String reason(ImportProblem problem, BiFunction<String, Object[], String> translate) {
        return translate.apply(problem.reasonKey(), problem.arguments().toArray());
    }
}

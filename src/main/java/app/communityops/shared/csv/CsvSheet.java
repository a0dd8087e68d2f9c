package app.communityops.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An import file read the way every console import reads it: the header mapped to the import's columns, then the
 * non-blank records one at a time, at most a given number, with reading progress. Problems of the file as a whole
 * (empty, missing columns, too many rows, no rows) go to the import's problem list as line 0.
 */
public final class CsvSheet<F extends Enum<F>> implements AutoCloseable {

    private final CsvRecordReader records;
    private final CsvColumns<F> columns;
    private final AtomicLong read;
    private final long size;
    private final ProblemList problems;

    private CsvSheet(CsvRecordReader records, CsvColumns<F> columns, AtomicLong read, long size,
                     ProblemList problems) {
        this.records = records;
        this.columns = columns;
        this.read = read;
        this.size = size;
        this.problems = problems;
    }

    /** The file with its header mapped, or null (problems recorded) if it has no usable header. */
    public static <F extends Enum<F>> @Nullable CsvSheet<F> open(Path file, Class<F> fields,
                                                                  Function<F, List<String>> names, List<F> required,
                                                                  ProblemList problems) {
        try {
            CsvFile csv = CsvFile.open(file, null, null);
            AtomicLong read = new AtomicLong();
            CsvRecordReader records = csv.records(read);
            CsvRecord header = records.next();
            if (header == null || header.blank()) {
                records.close();
                problems.accept(ImportProblem.of(0, null, "shared.csv.reason.emptyFile"));
                return null;
            }
            CsvColumns<F> columns = new CsvColumns<>(fields, header, names, required);
            if (!columns.headerProblems().isEmpty()) {
                records.close();
                problems.addAll(columns.headerProblems());
                return null;
            }
            return new CsvSheet<>(records, columns, read, Math.max(1, csv.size()), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvColumns<F> columns() {
        return columns;
    }

    /**
     * Hands every non-blank record to {@code row} and returns how many there were. Past {@code maxRows} it stops with
     * a problem; an empty file is a problem too. Row problems are the handler's to record.
     */
    public int forEachRecord(int maxRows, ImportProgress progress, Consumer<CsvRecord> row) {
        int count = 0;
        try {
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                if (record.blank()) {
                    continue;
                }
                if (count == maxRows) {
                    problems.accept(ImportProblem.of(0, null, "shared.csv.reason.tooManyRows", maxRows));
                    return count;
                }
                count++;
                row.accept(record);
                progress.report(ImportProgress.Step.READING, Math.min(1.0, read.get() / (double) size));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) {
            problems.accept(ImportProblem.of(0, null, "shared.csv.reason.noRows"));
        }
        return count;
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.communityops.members.io;

import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvRecordReader;
import app.communityops.shared.csv.ProblemList;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks the rows of a file on a thread of its own and hands them over in batches, encoded for COPY,
 * while the importing transaction writes the previous batch: on two cores, checking the file and writing to the
 * database overlap instead of taking turns. The first batch is smaller, so the database starts sooner. At most two
 * batches wait, so memory stays bounded.
 */
final class RowReader implements Runnable {

    /** A batch of checked rows; {@code clean} says whether the file had no problem up to and including it. */
    record Batch(byte[] copyData, int copied, boolean clean, boolean last, int rowsSoFar, @Nullable Throwable failure) {
    }

    private static final int FIRST_BATCH_ROWS = 5_000;

    private final CsvRecordReader records;
    private final RowChecker checker;
    private final CopyRows encoder;
    private final int batchRows;
    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>(2);
    private final ProblemList problems = new ProblemList();

    RowReader(CsvRecordReader records, RowChecker checker, Instant now, int batchRows) {
        this.records = records;
        this.checker = checker;
        this.encoder = new CopyRows(now);
        this.batchRows = batchRows;
    }

    @Override
    public void run() {
        int rows = 0;
        int limit = Math.min(FIRST_BATCH_ROWS, batchRows);
        try {
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                if (record.blank()) {
                    continue;
                }
                rows++;
                ImportRow row = checker.check(record, problems);
                if (row != null) {
                    encoder.add(row);
                }
                if (encoder.rows() == limit) {
                    batches.put(new Batch(encoder.take(), limit, problems.isEmpty(), false, rows, null));
                    limit = batchRows;
                }
            }
            int copied = encoder.rows();
            batches.put(new Batch(encoder.take(), copied, problems.isEmpty(), true, rows, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            try {
                batches.put(new Batch(new byte[0], 0, false, true, rows, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Batch next() throws InterruptedException {
        return batches.take();
    }

    /** The problems found in the rows; read only after the last batch was taken. */
    ProblemList problems() {
        return problems;
    }
}

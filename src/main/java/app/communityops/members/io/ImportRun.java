package app.communityops.members.io;

import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.NotNull;
import app.communityops.shared.csv.CsvFile;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvRecordReader;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ProblemList;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One check or import of one file, inside the transaction the service opened. The file is read and checked on a
 * thread of its own ({@link RowReader}) while this thread loads each checked batch; problems from both are
 * gathered, and the file's outcome is decided only once all of it has been read and checked as a whole.
 */
final class ImportRun {

    private final CommunitySummary community;
    private final ImportTable table;
    private final ImportSettings settings;
    private final Limits limits;
    private final Validator validator;
    private final Instant now;
    private final UUID actor;
    private final boolean write;
    private final ImportProgress progress;
    private final ProblemList problems = new ProblemList();

    /** The plan's member limit; the community's capacity comes with the community. */
    record Limits(int maxMembers) {
    }

    ImportRun(CommunitySummary community, ImportTable table, ImportSettings settings, Limits limits,
              Validator validator, Instant now, UUID actor, boolean write, ImportProgress progress) {
        this.community = community;
        this.table = table;
        this.settings = settings;
        this.limits = limits;
        this.validator = validator;
        this.now = now;
        this.actor = actor;
        this.write = write;
        this.progress = progress;
    }

    ImportOutcome execute(Path file) throws IOException, SQLException {
        if (community.status() == CommunityStatus.ARCHIVED) {
            problems.accept(MemberProblems.of(0, null, "archived"));
            return ImportOutcome.refused(problems, 0);
        }
        if (write) {
            table.prepareWrites();
        }
        CsvFile csv = CsvFile.open(file, settings.encoding(), settings.delimiter());
        long size = Math.max(1, csv.size());
        AtomicLong read = new AtomicLong();
        try (CsvRecordReader records = csv.records(read)) {
            CsvRecord header = records.next();
            List<String> headers = header == null ? List.of() : RowChecker.headerNames(header);
            if (headers.isEmpty()) {
                problems.accept(MemberProblems.of(0, null, "emptyFile"));
                return ImportOutcome.refused(problems, 0);
            }
            ColumnMapping mapping = MemberImportService.mapping(settings, headers);
            if (!mappingUsable(mapping, headers)) {
                return ImportOutcome.refused(problems, 0);
            }
            Map<ImportField, Integer> columns = mapping.byField();
            Function<ImportField, @Nullable String> column = field -> header(headers, columns.get(field));
            Before before = new Before(table.tenantMembers(), table.seated(community.id()));
            RowChecker checker = new RowChecker(headers, mapping, table.names("acquisition_channel"),
                    table.names("member_tier"), validator, LocalDate.ofInstant(now, ZoneOffset.UTC),
                    (int) Math.min(size / 64, 1 << 20));
            table.create();
            RowReader reader = new RowReader(records, checker, now, MemberImportService.BATCH_ROWS);
            Thread reading = Thread.ofPlatform().name("member-import-reader").daemon().start(reader);
            Loaded loaded;
            try {
                loaded = loadBatches(reader, before, column, read, size);
            } finally {
                reading.interrupt();
                joinQuietly(reading);
            }
            reader.problems().drainTo(problems);
            return finish(loaded, before, column);
        }
    }

    /** What the tenant and the community held before the import. */
    private record Before(long members, long seated) {
    }

    /** Rows read from the file, and what those that passed the row checks would do. */
    private record Loaded(int rows, ImportTable.Counts counts) {
    }

    /**
     * Takes the checked batches as they come: each is matched and checked against the tenant's members and, while
     * the file has shown no problem, stays within the plan and the capacity and this is a real import, its new
     * members are written at once. Whatever is found later rolls them back with the rest.
     */
    private Loaded loadBatches(RowReader reader, Before before, Function<ImportField, @Nullable String> column,
                               AtomicLong read, long size) throws IOException, SQLException {
        ImportTable.Counts counts = ImportTable.Counts.NONE;
        while (true) {
            RowReader.Batch batch = next(reader);
            if (batch.copied() > 0) {
                table.copy(batch.copyData());
                table.matchBatch(community.id());
                problems.addAll(table.batchProblems(column));
                ImportTable.Counts batchCounts = table.batchCounts();
                if (write && batch.clean() && problems.isEmpty()
                        && exceeded(counts.plus(batchCounts), before).isEmpty()) {
                    table.writeNewMembers(community.id(), now, actor);
                }
                table.endBatch();
                counts = counts.plus(batchCounts);
            }
            progress.report(ImportProgress.Step.READING, Math.min(1.0, read.get() / (double) size));
            if (batch.last()) {
                return new Loaded(batch.rowsSoFar(), counts);
            }
        }
    }

    private ImportOutcome finish(Loaded loaded, Before before, Function<ImportField, @Nullable String> column) {
        if (loaded.rows() == 0) {
            problems.accept(MemberProblems.of(0, null, "noRows"));
            return ImportOutcome.refused(problems, 0);
        }
        progress.report(ImportProgress.Step.CHECKING, 0);
        problems.addAll(table.sameMemberProblems(column));
        ImportTable.Counts counts = loaded.counts();
        problems.addAll(exceeded(counts, before));
        if (!problems.isEmpty()) {
            return ImportOutcome.refused(problems, loaded.rows());
        }
        if (write) {
            progress.report(ImportProgress.Step.WRITING, 0);
            table.writeMatchedMembers(community.id(), now, actor);
        }
        return new ImportOutcome(loaded.rows(), counts.created(), counts.updated(), write, List.of(), 0);
    }

    /** The plan's member limit and the community's capacity, if the rows counted so far would exceed them. */
    private List<ImportProblem> exceeded(ImportTable.Counts counts, Before before) {
        List<ImportProblem> exceeded = new ArrayList<>();
        if (before.members() + counts.newMembers() > limits.maxMembers()) {
            exceeded.add(MemberProblems.of(0, null, "planLimit", limits.maxMembers(), before.members(),
                    counts.newMembers()));
        }
        Integer capacity = community.memberCapacity();
        if (capacity != null && before.seated() + counts.joining() > capacity) {
            exceeded.add(MemberProblems.of(0, null, "capacity", capacity, before.seated(), counts.joining()));
        }
        return exceeded;
    }

    /** Reports a mapping that lacks a required field or fills one field from two columns; true when usable. */
    private boolean mappingUsable(ColumnMapping mapping, List<String> headers) {
        boolean usable = true;
        for (ImportField missing : mapping.missingRequired()) {
            problems.accept(MemberProblems.of(1, null, missing == ImportField.NAME ? "missingName" : "missingHandle"));
            usable = false;
        }
        Map<ImportField, Integer> first = mapping.byField();
        for (int column = 0; column < mapping.size(); column++) {
            ImportField field = mapping.field(column);
            if (field != null && NotNull.entry(first, field) != column) {
                problems.accept(MemberProblems.of(1, header(headers, column), "mappedTwice"));
                usable = false;
            }
        }
        return usable;
    }

    static @Nullable String header(List<String> headers, @Nullable Integer column) {
        if (column == null) {
            return null;
        }
        String header = column < headers.size() ? headers.get(column) : "";
        return header.isEmpty() ? "#" + (column + 1) : header;
    }

    private static RowReader.Batch next(RowReader reader) throws IOException {
        RowReader.Batch batch;
        try {
            batch = reader.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Member import interrupted", e);
        }
        Throwable failure = batch.failure();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("Reading the member file failed", failure);
        }
        return batch;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package app.communityops.engagement.io;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.engagement.EngagementIngestService;
import app.communityops.engagement.EventBatchRejectedException;
import app.communityops.engagement.EventInput;
import app.communityops.engagement.EventProblem;
import app.communityops.engagement.IngestResult;
import app.communityops.engagement.MemberRef;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.CsvSheet;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ImportTransactions;
import app.communityops.shared.csv.ProblemList;
import app.communityops.tenancy.TenantZone;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of a community's engagement events, all or nothing, in one transaction (ADR 0015). The file is read
 * once, in chunks: each chunk's rows are checked by the rules of every event, their members found, and the chunk
 * written through {@link EngagementIngestService#importAll}, which writes by COPY and drops event ids already
 * imported. Once any row has a problem, nothing more is written, the rest of the file is only checked, and the
 * transaction is rolled back; so memory holds one chunk, not the file. A check is the same run, always rolled back,
 * so it reports exactly what an import would write and skip.
 */
@Service
@PreAuthorize(Access.STAFF)
public class EventImportService {

    /** A year of a busy community's events fits; a larger file belongs in several imports. */
    public static final int MAX_ROWS = 1_000_000;
    /** The source that console imports' event ids are unique in, apart from any integration's. */
    public static final String SOURCE = "csv";
    static final int CHUNK = 5_000;

    private final CommunityService communities;
    private final EngagementIngestService ingest;
    private final EventMembers members;
    private final TenantZone zones;
    private final Clock clock;

    EventImportService(CommunityService communities, EngagementIngestService ingest, EventMembers members,
                       TenantZone zones, Clock clock) {
        this.communities = communities;
        this.ingest = ingest;
        this.members = members;
        this.zones = zones;
        this.clock = clock;
    }


    /** Checks the whole file as the import would, and writes nothing. */
    @Transactional
    public CsvImportOutcome check(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.checkOnly(() -> run(communityId, file, progress, false));
    }

    /** Imports the file if every row is good; otherwise writes nothing and lists the problems. */
    @Transactional
    public CsvImportOutcome importFile(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.allOrNothing(() -> run(communityId, file, progress, true));
    }

    private CsvImportOutcome run(UUID communityId, Path file, ImportProgress progress, boolean write) {
        communities.writable(communityId);
        ProblemList problems = new ProblemList();
        try (CsvSheet<EventColumn> sheet = CsvSheet.open(file, EventColumn.class, EventColumn::names,
                EventColumn.REQUIRED, problems)) {
            if (sheet == null) {
                return CsvImportOutcome.refused(problems, 0);
            }
            EventRowReader reader = new EventRowReader(sheet.columns(), zones.current(), clock.instant());
            Chunks chunks = new Chunks(communityId, reader, problems);
            int count = sheet.forEachRecord(MAX_ROWS, progress, record -> chunks.add(reader.read(record, problems)));
            chunks.flush();
            if (!problems.isEmpty()) {
                return CsvImportOutcome.refused(problems, count);
            }
            return new CsvImportOutcome(count, chunks.written, chunks.skipped, write, List.of(), 0);
        }
    }

    /** Rows gathered into chunks, each checked for its members and written while the file is still good. */
    private final class Chunks {

        private final UUID communityId;
        private final EventRowReader reader;
        private final ProblemList problems;
        private final List<EventRowReader.Row> rows = new ArrayList<>(CHUNK);
        private final Map<String, MemberRef> known = new HashMap<>();
        private final Set<String> unknown = new HashSet<>();
        private int written;
        private int skipped;

        Chunks(UUID communityId, EventRowReader reader, ProblemList problems) {
            this.communityId = communityId;
            this.reader = reader;
            this.problems = problems;
        }

        void add(EventRowReader.@Nullable Row row) {
            if (row != null) {
                rows.add(row);
            }
            if (rows.size() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            members.resolve(rows.stream().map(EventRowReader.Row::member).toList(), known, unknown);
            List<EventInput> events = new ArrayList<>(rows.size());
            for (EventRowReader.Row row : rows) {
                MemberRef member = known.get(row.member());
                if (member == null) {
                    problems.accept(reader.problem(row.line(), EventColumn.MEMBER,
                            "engagement.io.reason.unknownMember", row.member()));
                } else if (row.good()) {
                    EventInput input = row.input();
                    events.add(new EventInput(input.eventKey(), input.type(), input.customType(), member,
                            input.occurredAt(), input.contentRef(), input.activityRef(), input.properties()));
                }
            }
            if (problems.isEmpty()) {
                write(events);
            }
            rows.clear();
        }

        private void write(List<EventInput> events) {
            try {
                IngestResult result = ingest.importAll(communityId, SOURCE, events);
                written += result.written();
                skipped += result.duplicates().size();
            } catch (EventBatchRejectedException e) {
                // The rules were checked row by row already; this is a member removed meanwhile, or the like.
                for (EventProblem problem : e.problems()) {
                    EventRowReader.Row row = rows.get(problem.index());
                    problems.accept(reader.problem(row.line(), reader.column(problem.field()), problem.messageKey()));
                }
            }
        }
    }
}

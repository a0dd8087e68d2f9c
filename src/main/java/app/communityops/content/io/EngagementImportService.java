package app.communityops.content.io;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentService;
import app.communityops.content.EngagementForm;
import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvSheet;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ImportTransactions;
import app.communityops.shared.csv.ProblemList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of engagement figures (views, reactions, replies, shares) for a community's published items, all or
 * nothing. A row names its item by id or by its exact title in the community; an empty cell keeps the figure the
 * item has. Figures are written through {@link ContentService#recordEngagement}, the rules the detail page uses,
 * so importing a file twice leaves the same figures.
 */
@Service
@PreAuthorize(Access.STAFF)
public class EngagementImportService {

    static final int MAX_ROWS = 10_000;

    private final CommunityService communities;
    private final ContentService content;
    private final JdbcTemplate jdbc;

    EngagementImportService(CommunityService communities, ContentService content, JdbcTemplate jdbc) {
        this.communities = communities;
        this.content = content;
        this.jdbc = jdbc;
    }

    @Transactional
    public CsvImportOutcome check(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.checkOnly(() -> run(communityId, file, false, progress));
    }

    @Transactional
    public CsvImportOutcome importFile(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.allOrNothing(() -> run(communityId, file, true, progress));
    }

    /** A row that names a published item the user may change, with the figures to record. */
    private record Row(long line, ContentDetails item, EngagementForm form) {
    }

    private CsvImportOutcome run(UUID communityId, Path file, boolean write, ImportProgress progress) {
        communities.writable(communityId);
        ProblemList problems = new ProblemList();
        try (CsvSheet<EngagementColumn> sheet = CsvSheet.open(file, EngagementColumn.class, EngagementColumn::names,
                EngagementColumn.REQUIRED, problems)) {
            if (sheet == null) {
                return CsvImportOutcome.refused(problems, 0);
            }
            Items items = items(communityId);
            Map<UUID, Long> seen = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            int count = sheet.forEachRecord(MAX_ROWS, progress, record -> {
                Row row = row(communityId, record, sheet.columns(), items, seen, problems);
                if (row != null) {
                    rows.add(row);
                }
            });
            if (!problems.isEmpty()) {
                return CsvImportOutcome.refused(problems, count);
            }
            if (write) {
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    content.recordEngagement(row.item().id(), row.item().version(), row.form());
                    progress.report(ImportProgress.Step.WRITING, (i + 1) / (double) rows.size());
                }
            }
            return new CsvImportOutcome(count, rows.size(), 0, write, List.of(), 0);
        }
    }

    private @Nullable Row row(UUID communityId, CsvRecord record, CsvColumns<EngagementColumn> columns, Items items,
                              Map<UUID, Long> seen, ProblemList sink) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!columns.whole(record, problems::add)) {
            sink.addAll(problems);
            return null;
        }
        long line = record.line();
        String column = columns.header(EngagementColumn.ITEM);
        int before = problems.size();
        String name = columns.cell(record, EngagementColumn.ITEM, EngagementColumn.ITEM.maxLength(), problems::add);
        ContentDetails item = null;
        if (name == null && problems.size() == before) {
            problems.add(ImportProblem.of(line, column, "shared.csv.reason.required"));
        } else if (name != null) {
            List<UUID> ids = items.find(name);
            if (ids.size() != 1) {
                problems.add(ImportProblem.of(line, column, ids.isEmpty() ? "content.io.reason.unknownItem"
                        : "content.io.reason.ambiguousTitle", name));
            } else {
                item = content.find(communityId, ids.getFirst());
                Long first = seen.putIfAbsent(item.id(), line);
                if (first != null) {
                    problems.add(ImportProblem.of(line, column, "content.io.reason.duplicateItem", first));
                } else if (item.status() != app.communityops.content.ContentStatus.PUBLISHED) {
                    problems.add(ImportProblem.of(line, column, "content.io.reason.notPublished", name));
                } else if (!content.canEdit(item)) {
                    problems.add(ImportProblem.of(line, column, "content.io.reason.notEditable", name));
                }
            }
        }
        @Nullable Integer[] figures = new @Nullable Integer[EngagementColumn.FIGURES.size()];
        for (int i = 0; i < figures.length; i++) {
            EngagementColumn figure = EngagementColumn.FIGURES.get(i);
            String cell = columns.cell(record, figure, figure.maxLength(), problems::add);
            Optional<Integer> value = cell == null ? Optional.empty() : figure(cell);
            if (cell != null && value.isEmpty()) {
                problems.add(ImportProblem.of(line, columns.header(figure), "content.io.reason.notACount", cell));
            }
            figures[i] = value.orElse(null);
        }
        sink.addAll(problems);
        if (!problems.isEmpty() || item == null) {
            return null;
        }
        var current = item.engagement();
        return new Row(line, item, EngagementForm.of(keep(figures[0], current.views()),
                keep(figures[1], current.reactions()), keep(figures[2], current.replies()),
                keep(figures[3], current.shares())));
    }

    private static @Nullable Integer keep(@Nullable Integer given, @Nullable Integer current) {
        return given != null ? given : current;
    }

    /** A count: a whole number of zero or more, with or without thousands separators. */
    static Optional<Integer> figure(String cell) {
        String plain = cell.matches("\\d{1,3}(,\\d{3})+") ? cell.replace(",", "") : cell;
        if (!plain.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(plain));
    }

    /** The community's items by id and by stripped title. */
    private record Items(Map<String, UUID> byId, Map<String, List<UUID>> byTitle) {

        List<UUID> find(String name) {
            UUID id = byId.get(name.toLowerCase(java.util.Locale.ROOT));
            return id != null ? List.of(id) : byTitle.getOrDefault(name, List.of());
        }
    }

    private Items items(UUID communityId) {
        Map<String, UUID> byId = new HashMap<>();
        Map<String, List<UUID>> byTitle = new HashMap<>();
        jdbc.query("""
                select i.id, btrim(i.title) from content_item i
                join content_item_community c on c.content_id = i.id
                where c.community_id = ?""", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            byId.put(id.toString(), id);
            byTitle.computeIfAbsent(rs.getString(2), title -> new ArrayList<>()).add(id);
        }, communityId);
        return new Items(byId, byTitle);
    }
}

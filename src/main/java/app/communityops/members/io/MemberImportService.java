package app.communityops.members.io;

import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * CSV import of members into a community, all or nothing. Every row is checked first (cells against the member
 * form's rules, then the file as a whole against the tenant's members, the plan and the community's capacity);
 * with any problem nothing is written and each problem is listed with its line and column. A good file is
 * written in the same, single transaction with set-based SQL (see ADR 0006 on why not through the entities).
 *
 * <p>Re-importing a file updates the members it already brought in: rows match members on handle, else on phone
 * or email. A member already in the community keeps their membership as it is (its status, history, dates);
 * cells left empty keep the member's current value.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
public class MemberImportService {

    static final int PREVIEW_ROWS = 20;
    private static final int PREVIEW_CELL_CHARS = 200;

    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Validator validator;
    private final Clock clock;

    MemberImportService(CommunityService communities, TenantDirectory tenants, AuditLog auditLog, JdbcTemplate jdbc,
                        DataSource dataSource, Validator validator, Clock clock) {
        this.communities = communities;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.validator = validator;
        this.clock = clock;
    }

    /** The file's header, the mapping its header suggests (or the one given) and its first rows. */
    @Transactional(readOnly = true)
    public ImportPreview preview(UUID communityId, Path file, ImportSettings settings) {
        community(communityId);
        try {
            CsvFile csv = CsvFile.open(file, settings);
            try (CsvRecordReader records = csv.records()) {
                CsvRecord header = records.next();
                List<String> headers = header == null ? List.of() : RowChecker.headerNames(header);
                ColumnMapping mapping = mapping(settings, headers);
                List<List<String>> rows = new ArrayList<>();
                for (CsvRecord record = records.next(); record != null && rows.size() < PREVIEW_ROWS;
                     record = records.next()) {
                    if (!record.blank()) {
                        rows.add(previewCells(record, headers.size()));
                    }
                }
                return new ImportPreview(csv.encoding(), csv.delimiter(), headers, mapping, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the whole file as the import would, and writes nothing. */
    @Transactional
    public ImportOutcome check(UUID communityId, Path file, ImportSettings settings, ImportProgress progress) {
        try {
            return run(community(communityId), file, settings, progress, false);
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** Imports the file if every row is good; otherwise writes nothing and lists the problems. */
    @Transactional
    public ImportOutcome importFile(UUID communityId, Path file, ImportSettings settings, ImportProgress progress) {
        ImportOutcome outcome = run(community(communityId), file, settings, progress, true);
        if (!outcome.imported()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    private ImportOutcome run(CommunitySummary community, Path file, ImportSettings settings, ImportProgress progress,
                              boolean write) {
        try {
            return load(community, file, settings, progress, write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Member import failed", e);
        }
    }

    private ImportOutcome load(CommunitySummary community, Path file, ImportSettings settings, ImportProgress progress,
                               boolean write) throws IOException, SQLException {
        ProblemList problems = new ProblemList();
        if (community.status() == CommunityStatus.ARCHIVED) {
            problems.accept(ImportProblem.of(0, null, "archived"));
            return problems.outcome(0);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ImportTable table = new ImportTable(jdbc, connection);
        if (write) {
            table.lockTenantImports();
        }
        Instant now = clock.instant();
        CsvFile csv = CsvFile.open(file, settings);
        long size = Math.max(1, csv.size());
        AtomicLong read = new AtomicLong();
        int rows = 0;
        table.create();
        try (CsvRecordReader records = csv.records(read)) {
            CsvRecord header = records.next();
            List<String> headers = header == null ? List.of() : RowChecker.headerNames(header);
            if (headers.isEmpty()) {
                problems.accept(ImportProblem.of(0, null, "emptyFile"));
                return problems.outcome(0);
            }
            ColumnMapping mapping = mapping(settings, headers);
            if (!mappingUsable(mapping, headers, problems)) {
                return problems.outcome(0);
            }
            RowChecker checker = new RowChecker(headers, mapping, ImportTable.names(jdbc, "acquisition_channel"),
                    ImportTable.names(jdbc, "member_tier"), validator, LocalDate.ofInstant(now, ZoneOffset.UTC));
            try (CopyRows copy = table.copy(now)) {
                for (CsvRecord record = records.next(); record != null; record = records.next()) {
                    if (record.blank()) {
                        continue;
                    }
                    rows++;
                    ImportRow row = checker.check(record, problems);
                    if (row != null) {
                        copy.add(row);
                    }
                    if ((rows & 1023) == 0) {
                        progress.report(ImportProgress.Step.READING, Math.min(1.0, read.get() / (double) size));
                    }
                }
                copy.finish();
            }
            if (rows == 0) {
                problems.accept(ImportProblem.of(0, null, "noRows"));
                return problems.outcome(0);
            }
            progress.report(ImportProgress.Step.CHECKING, 0);
            table.match(community.id());
            Map<ImportField, Integer> columns = mapping.byField();
            problems.addAll(table.matchProblems(field -> header(headers, columns.get(field))));
        }
        ImportTable.Counts counts = table.counts();
        checkLimits(community, table, counts, problems);
        if (!problems.isEmpty()) {
            return problems.outcome(rows);
        }
        if (!write) {
            return new ImportOutcome(rows, counts.created(), counts.updated(), false, List.of(), 0);
        }
        progress.report(ImportProgress.Step.WRITING, 0);
        table.apply(community.id(), now, CurrentUser.require().userId());
        auditLog.recordAccess("MemberImport", community.id().toString(),
                Map.of("rows", rows, "created", counts.created(), "updated", counts.updated()));
        return new ImportOutcome(rows, counts.created(), counts.updated(), true, List.of(), 0);
    }

    private void checkLimits(CommunitySummary community, ImportTable table, ImportTable.Counts counts,
                             ProblemList problems) {
        UUID tenantId = TenantContext.current().orElseThrow();
        int maxMembers = tenants.require(tenantId).limits().maxMembers();
        long existing = table.tenantMembers();
        if (existing + counts.newMembers() > maxMembers) {
            problems.accept(ImportProblem.of(0, null, "planLimit", maxMembers, existing, counts.newMembers()));
        }
        Integer capacity = community.memberCapacity();
        if (capacity != null && counts.joining() > 0) {
            long seated = table.seated(community.id());
            if (seated + counts.joining() > capacity) {
                problems.accept(ImportProblem.of(0, null, "capacity", capacity, seated, counts.joining()));
            }
        }
    }

    /** Reports a mapping that lacks a required field or fills one field from two columns; true when usable. */
    private static boolean mappingUsable(ColumnMapping mapping, List<String> headers, ProblemList problems) {
        boolean usable = true;
        for (ImportField missing : mapping.missingRequired()) {
            problems.accept(ImportProblem.of(1, null, missing == ImportField.NAME ? "missingName" : "missingHandle"));
            usable = false;
        }
        Map<ImportField, Integer> first = mapping.byField();
        for (int column = 0; column < mapping.size(); column++) {
            ImportField field = mapping.field(column);
            if (field != null && first.get(field) != column) {
                problems.accept(ImportProblem.of(1, header(headers, column), "mappedTwice"));
                usable = false;
            }
        }
        return usable;
    }

    private static ColumnMapping mapping(ImportSettings settings, List<String> headers) {
        ColumnMapping given = settings.mapping();
        if (given == null || given.size() != headers.size()) {
            return ColumnMapping.auto(headers);
        }
        return given;
    }

    private static @Nullable String header(List<String> headers, @Nullable Integer column) {
        if (column == null) {
            return null;
        }
        String header = column < headers.size() ? headers.get(column) : "";
        return header.isEmpty() ? "#" + (column + 1) : header;
    }

    private static List<String> previewCells(CsvRecord record, int width) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(width, 1); i++) {
            String value = record.value(i);
            cells.add(value.length() > PREVIEW_CELL_CHARS ? value.substring(0, PREVIEW_CELL_CHARS) + "…" : value);
        }
        return cells;
    }

    private CommunitySummary community(UUID communityId) {
        return communities.find(communityId).orElseThrow(NotFoundException::new);
    }
}

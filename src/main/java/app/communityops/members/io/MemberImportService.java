package app.communityops.members.io;

import app.communityops.members.MemberReach;
import app.communityops.members.MembershipsImported;
import app.communityops.shared.Access;
import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.TenantContext;
import app.communityops.shared.csv.CsvFile;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvRecordReader;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.tenancy.TenantDirectory;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * CSV import of members into a community, all or nothing. Every row is checked (cells against the member form's
 * rules, then the file as a whole against the tenant's members, the plan and the community's capacity); with any
 * problem nothing is written and each problem is listed with its line and column. A good file is written in one
 * transaction with set-based SQL (ADR 0006 says why not through the entities).
 *
 * <p>Re-importing a file updates the members it brought in: rows match members on handle, else on phone or email.
 * A member already in the community keeps their membership as it is (its status, history, dates); a cell left
 * empty keeps the member's current value.
 */
@Service
@PreAuthorize(Access.STAFF)
public class MemberImportService {

    static final int PREVIEW_ROWS = 20;
    /** Rows per batch handed from the reading thread to the transaction. */
    static final int BATCH_ROWS = 20_000;
    private static final int PREVIEW_CELL_CHARS = 200;

    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Validator validator;
    private final MemberReach reach;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MemberImportService(CommunityService communities, TenantDirectory tenants, AuditLog auditLog, JdbcTemplate jdbc,
                        DataSource dataSource, Validator validator, MemberReach reach, Clock clock,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.reach = reach;
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
            CsvFile csv = CsvFile.open(file, settings.encoding(), settings.delimiter());
            try (CsvRecordReader records = csv.records()) {
                CsvRecord header = records.next();
                List<String> headers = header == null ? List.of() : RowChecker.headerNames(header);
                List<List<String>> rows = new ArrayList<>();
                for (CsvRecord record = records.next(); record != null && rows.size() < PREVIEW_ROWS;
                     record = records.next()) {
                    if (!record.blank()) {
                        rows.add(previewCells(record, headers.size()));
                    }
                }
                return new ImportPreview(csv.encoding(), csv.delimiter(), headers, mapping(settings, headers), rows);
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
        CommunitySummary community = community(communityId);
        ImportOutcome outcome = run(community, file, settings, progress, true);
        if (outcome.imported()) {
            auditLog.recordAccess("MemberImport", community.id().toString(),
                    Map.of("rows", outcome.rows(), "created", outcome.created(), "updated", outcome.updated()));
        } else {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    private ImportOutcome run(CommunitySummary community, Path file, ImportSettings settings, ImportProgress progress,
                              boolean write) {
        UUID tenantId = TenantContext.current().orElseThrow();
        ImportRun.Limits limits = new ImportRun.Limits(tenants.require(tenantId).limits().maxMembers());
        ImportTable table = new ImportTable(jdbc, DataSourceUtils.getConnection(dataSource), reach.current());
        Instant now = clock.instant();
        ImportRun run = new ImportRun(community, table, settings, limits, validator, now,
                CurrentUser.require().userId(), write, progress);
        try {
            ImportOutcome outcome = run.execute(file);
            List<MembershipsImported.Entry> written = table.written();
            if (write && outcome.imported() && !written.isEmpty()) {
                events.publishEvent(new MembershipsImported(tenantId, community.id(), now, written));
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Member import failed", e);
        }
    }

    static ColumnMapping mapping(ImportSettings settings, List<String> headers) {
        ColumnMapping given = settings.mapping();
        return given == null || given.size() != headers.size() ? ColumnMapping.auto(headers) : given;
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
        return communities.readable(communityId);
    }
}

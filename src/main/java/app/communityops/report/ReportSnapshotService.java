package app.communityops.report;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports issued for closed periods, kept as they were issued (model and PDF), so a client reads later exactly
 * what was sent. Staff issue them, and the monthly job issues last month's for every active community that has
 * none; everyone who may read the community lists and downloads them. Issuing again for the same period and
 * language keeps the first issue.
 */
@Service
public class ReportSnapshotService {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportService reports;
    private final CommunityService communities;
    private final ReportBrandingService branding;
    private final JdbcTemplate jdbc;
    private final TenantZone zones;

    ReportSnapshotService(ReportService reports, CommunityService communities, ReportBrandingService branding,
                          JdbcTemplate jdbc, TenantZone zones) {
        this.reports = reports;
        this.communities = communities;
        this.branding = branding;
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /**
     * Builds the report the user asked for. A staff member's report of a period that has ended is issued with it,
     * unless that period was issued in this language before: the first issue stays what the client reads.
     */
    @Transactional
    @PreAuthorize(Access.READERS)
    public OperationsReport generate(UUID communityId, ReportPeriod period, Locale locale, IntConsumer progress) {
        OperationsReport report = reports.build(communityId, period, locale, progress);
        AppPrincipal user = CurrentUser.require();
        if (!user.hasRole(Roles.CLIENT) && period.closedBy(reports.today())
                && find(communityId, period.code(), report.languageTag()).isEmpty()) {
            communities.writable(communityId);
            store(report, "STAFF", user.userId());
        }
        return report;
    }

    /**
     * The monthly job's work in the current tenant: last month's report, in the tenant's chosen language, for every
     * active community that existed then and has no report of that month yet. Answers how many were issued.
     */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int issueLastMonth() {
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.from(reports.today()).minusMonths(1));
        // A second run (another node, or a run overlapping the next) waits here, then finds this run's snapshots.
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(current_tenant_id()::text || ?, 0))",
                (RowCallbackHandler) rs -> { }, ":report-monthly:" + lastMonth.code());
        List<UUID> due = NotNull.column(jdbc.queryForList("""
                select c.id from community c
                where c.status = 'ACTIVE' and c.created_at < ?
                  and not exists (select 1 from report_snapshot s where s.community_id = c.id and s.period_code = ?)
                order by c.id""", UUID.class,
                Timestamp.from(lastMonth.to().plusDays(1).atStartOfDay(zones.current()).toInstant()), lastMonth.code()));
        Locale language = branding.monthlyLanguage();
        int issued = 0;
        for (UUID community : due) {
            issued += store(reports.build(community, lastMonth, language, done -> { }), "MONTHLY", null);
        }
        return issued;
    }

    /**
     * Issues the snapshot a delivered version is sent with: its own, whatever was issued for the period before, so
     * a corrected version keeps the first one as it was. Answers the snapshot's id.
     */
    @Transactional
    @PreAuthorize(Access.STAFF_OR_JOB)
    public UUID issueDelivered(OperationsReport report, UUID deliveryId, byte[] pdf, @Nullable UUID issuedBy) {
        ReportPeriod period = report.period();
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into report_snapshot (tenant_id, id, community_id, period_kind, period_code, period_from,
                                             period_to, language, model, pdf, issued_by, origin, delivery_id,
                                             created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'DELIVERY', ?, ?, 0)""",
                id, report.communityId(), period.kind().name(), period.code(), period.from(), period.to(),
                report.languageTag(), JSON.writeValueAsString(report), pdf, issuedBy, deliveryId,
                Timestamp.from(report.generatedAt()));
        return id;
    }

    /** Answers 1, or 0 when the period was issued meanwhile (the unique indexes decide, not the check before). */
    private int store(OperationsReport report, String origin, @Nullable UUID issuedBy) {
        ReportPeriod period = report.period();
        return jdbc.update("""
                insert into report_snapshot (tenant_id, id, community_id, period_kind, period_code, period_from,
                                             period_to, language, model, pdf, issued_by, origin, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, 0)
                on conflict do nothing""",
                Uuids.v7(), report.communityId(), period.kind().name(), period.code(), period.from(), period.to(),
                report.languageTag(), JSON.writeValueAsString(report), ReportPdf.render(report), issuedBy, origin,
                Timestamp.from(report.generatedAt()));
    }

    /** The community's issued reports, newest period first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ReportSnapshot> list(UUID communityId) {
        communities.readable(communityId);
        return jdbc.query("""
                select id, community_id, period_code, language, created_at from report_snapshot
                where community_id = ? order by period_from desc, period_kind, language""",
                (rs, row) -> snapshot(rs), communityId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public byte[] pdf(UUID snapshotId) {
        readable(snapshotId);
        return NotNull.value(
                jdbc.queryForObject("select pdf from report_snapshot where id = ?", byte[].class, snapshotId));
    }

    /** The report as it was issued, e.g. for its Markdown. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public OperationsReport report(UUID snapshotId) {
        readable(snapshotId);
        String json = jdbc.queryForObject("select model::text from report_snapshot where id = ?", String.class,
                snapshotId);
        return JSON.readValue(json, OperationsReport.class);
    }

    private void readable(UUID snapshotId) {
        UUID community = jdbc.query("select community_id from report_snapshot where id = ?",
                (rs, row) -> rs.getObject(1, UUID.class), snapshotId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        communities.readable(community);
    }

    private List<ReportSnapshot> find(UUID communityId, String code, String language) {
        return jdbc.query("""
                select id, community_id, period_code, language, created_at from report_snapshot
                where community_id = ? and period_code = ? and language = ?""",
                (rs, row) -> snapshot(rs), communityId, code, language);
    }

    private static ReportSnapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportSnapshot(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
                ReportPeriod.parse(rs.getString("period_code")).orElseThrow(), rs.getString("language"),
                rs.getTimestamp("created_at").toInstant());
    }
}

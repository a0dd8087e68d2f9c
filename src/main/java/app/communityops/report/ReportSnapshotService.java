package app.communityops.report;

import app.communityops.community.CommunityService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports issued for closed periods, kept as they were issued (model and PDF), so a client reads later exactly
 * what was sent. Staff issue them; everyone who may read the community lists and downloads them. Issuing again
 * for the same period and language keeps the first issue.
 */
@Service
public class ReportSnapshotService {

    private static final String STAFF = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')";
    private static final String READERS = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '"
            + Roles.CLIENT + "')";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportService reports;
    private final CommunityService communities;
    private final JdbcTemplate jdbc;

    ReportSnapshotService(ReportService reports, CommunityService communities, JdbcTemplate jdbc) {
        this.reports = reports;
        this.communities = communities;
        this.jdbc = jdbc;
    }

    @Transactional
    @PreAuthorize(STAFF)
    public ReportSnapshot issue(UUID communityId, ReportPeriod period, Locale locale) {
        communities.writable(communityId);
        LocalDate today = reports.today();
        if (!period.closedBy(today)) {
            throw new UserFacingException("report.snapshot.error.open", "period");
        }
        String language = FeatureBundlesI18NProvider.supported(locale).toLanguageTag();
        List<ReportSnapshot> existing = find(communityId, period.code(), language);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        OperationsReport report = reports.build(communityId, period, locale, done -> { });
        jdbc.update("""
                insert into report_snapshot (tenant_id, id, community_id, period_kind, period_code, period_from,
                                             period_to, language, model, pdf, issued_by, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, 0)""",
                Uuids.v7(), communityId, period.kind().name(), period.code(), period.from(), period.to(),
                report.languageTag(), JSON.writeValueAsString(report), ReportPdf.render(report),
                CurrentUser.require().userId(), Timestamp.from(report.generatedAt()));
        return find(communityId, period.code(), report.languageTag()).getFirst();
    }

    /** The community's issued reports, newest period first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<ReportSnapshot> list(UUID communityId) {
        communities.readable(communityId);
        return jdbc.query("""
                select id, community_id, period_code, language, created_at from report_snapshot
                where community_id = ? order by period_from desc, period_kind, language""",
                (rs, row) -> snapshot(rs), communityId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public byte[] pdf(UUID snapshotId) {
        readable(snapshotId);
        return jdbc.queryForObject("select pdf from report_snapshot where id = ?", byte[].class, snapshotId);
    }

    /** The report as it was issued, e.g. for its Markdown. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
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

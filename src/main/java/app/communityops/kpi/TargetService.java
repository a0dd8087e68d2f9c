package app.communityops.kpi;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per community, KPI and period (staff set them, client users read them) and the tenant's status
 * thresholds (the tenant admin sets them).
 */
@Service
@PreAuthorize(Access.READERS)
public class TargetService {

    private final JdbcTemplate jdbc;
    private final CommunityService communities;
    private final Clock clock;

    TargetService(JdbcTemplate jdbc, CommunityService communities, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TargetLine> targets(UUID communityId, KpiPeriod period) {
        communities.readable(communityId);
        return read(jdbc, communityId, period);
    }

    /** Sets a KPI's target; {@code expectedVersion} is -1 for a KPI that had none. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public TargetLine set(UUID communityId, KpiPeriod period, Kpi kpi, BigDecimal target, long expectedVersion) {
        communities.writable(communityId);
        if (target.signum() < 0 || target.precision() - target.scale() > 14) {
            throw new UserFacingException("kpi.target.error.value", "target");
        }
        int changed = expectedVersion < 0
                ? jdbc.update("""
                        insert into kpi_target (tenant_id, id, community_id, period_kind, period_start, kpi, target,
                                                created_at, version)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing""",
                        Uuids.v7(), communityId, period.kind().name(), Date.valueOf(period.start()), kpi.name(), target,
                        Timestamp.from(clock.instant()))
                : jdbc.update("""
                        update kpi_target set target = ?, version = version + 1
                        where community_id = ? and period_kind = ? and period_start = ? and kpi = ? and version = ?""",
                        target, communityId, period.kind().name(), Date.valueOf(period.start()), kpi.name(),
                        expectedVersion);
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
        return read(jdbc, communityId, period).stream().filter(line -> line.kpi() == kpi).findFirst().orElseThrow();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void remove(UUID communityId, UUID targetId) {
        communities.writable(communityId);
        if (jdbc.update("delete from kpi_target where id = ? and community_id = ?", targetId, communityId) == 0) {
            throw new NotFoundException();
        }
    }

    @Transactional(readOnly = true)
    public Thresholds thresholds() {
        return thresholds(jdbc);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public Thresholds setThresholds(BigDecimal greenPercent, BigDecimal amberPercent) {
        if (amberPercent.signum() <= 0 || amberPercent.compareTo(greenPercent) > 0
                || greenPercent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new UserFacingException("kpi.thresholds.error", "amberPercent");
        }
        jdbc.update("""
                insert into kpi_setting (tenant_id, green_percent, amber_percent, created_at, version)
                values (current_tenant_id(), ?, ?, ?, 0)
                on conflict (tenant_id) do update set green_percent = excluded.green_percent,
                    amber_percent = excluded.amber_percent, version = kpi_setting.version + 1""",
                greenPercent, amberPercent, Timestamp.from(clock.instant()));
        return thresholds(jdbc);
    }

    static Thresholds thresholds(JdbcTemplate jdbc) {
        List<Thresholds> found = jdbc.query("select green_percent, amber_percent from kpi_setting",
                (rs, row) -> new Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2)));
        return found.isEmpty() ? Thresholds.DEFAULT : found.getFirst();
    }

    static List<TargetLine> read(JdbcTemplate jdbc, UUID communityId, KpiPeriod period) {
        return jdbc.query("""
                        select id, kpi, target, version from kpi_target
                        where community_id = ? and period_kind = ? and period_start = ? order by kpi""",
                (rs, row) -> new TargetLine(rs.getObject(1, UUID.class), Kpi.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getLong(4)),
                communityId, period.kind().name(), Date.valueOf(period.start()));
    }
}

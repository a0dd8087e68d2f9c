package app.communityops.kpi;

import app.communityops.shared.Access;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollups on demand: a tenant admin rebuilds them all from the events; the job (or an admin) folds in what
 * arrived since the last run.
 */
@Service
public class RollupService {

    private final Rollups rollups;
    private final PeerFigures peers;
    private final TenantZone zones;
    private final Clock clock;

    RollupService(Rollups rollups, PeerFigures peers, TenantZone zones, Clock clock) {
        this.rollups = rollups;
        this.peers = peers;
        this.zones = zones;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public RollupResult rebuild() {
        RollupResult result = rollups.rebuild(zone(), clock.instant());
        storePeerFigures();
        return result;
    }

    /** Folds in the events that arrived since the last run, recomputing only the days they fall on. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN_OR_JOB)
    public RollupResult refresh() {
        RollupResult result = rollups.refresh(zone(), clock.instant());
        storePeerFigures();
        return result;
    }

    /** The peers' figures follow the rollups they come from (decision 0049). */
    private void storePeerFigures() {
        ZoneId zone = zone();
        peers.storeRunning(LocalDate.now(clock.withZone(zone)), zone);
    }

    private ZoneId zone() {
        return zones.current();
    }
}

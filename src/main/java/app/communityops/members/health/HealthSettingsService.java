package app.communityops.members.health;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.members.HealthSegment;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's member-health thresholds: read with the segments' sizes, previewed, saved (which asks the job to
 * recompute within a minute) and reset to the defaults. Tenant admins only: the segments are the same for every
 * community and operator of the tenant.
 */
@Service
public class HealthSettingsService {

    private final HealthQueries queries;
    private final TenantDirectory tenants;
    private final AuditLog audit;
    private final Clock clock;

    HealthSettingsService(HealthQueries queries, TenantDirectory tenants, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public HealthOverview overview() {
        HealthQueries.RunState state = queries.runState();
        return new HealthOverview(queries.settings().orElse(HealthSettings.DEFAULTS), queries.segmentCounts(),
                state.computedAt(), tenants.zone(tenant()), state.requested());
    }

    /** How many members each segment would hold with these thresholds, from the last recompute's scores. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Map<HealthSegment, Integer> preview(HealthSettings settings) {
        validate(settings);
        ZoneId zone = tenants.zone(tenant());
        return queries.preview(settings, LocalDate.now(clock.withZone(zone)), zone);
    }

    /**
     * Saves the thresholds if nobody saved since they were read ({@code settings.version()}); answers them with their
     * new version. The segments follow at the job's next run, within a minute.
     */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public HealthSettings save(HealthSettings settings) {
        validate(settings);
        if (!queries.save(settings, settings.version(), clock.instant())) {
            throw new ConcurrentEditException();
        }
        HealthSettings saved = queries.settings().orElseThrow(ConcurrentEditException::new);
        audit.recordFor(CurrentUser.require(), AuditAction.UPDATE, "member_health_setting", tenant().toString(),
                details(saved));
        return saved;
    }

    /** Puts the documented defaults back, under the same check of the version read. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public HealthSettings resetToDefaults(long version) {
        return save(HealthSettings.DEFAULTS.withVersion(version));
    }

    /** Checks each field and their order; names the field that is wrong. */
    static void validate(HealthSettings settings) {
        range(settings.championMin(), 1, 100, "championMin");
        range(settings.steadyMin(), 1, 100, "steadyMin");
        range(settings.atRiskMin(), 1, 100, "atRiskMin");
        range(settings.slippingMin(), 1, 100, "slippingMin");
        above(settings.championMin(), settings.steadyMin(), "championMin");
        above(settings.steadyMin(), settings.atRiskMin(), "steadyMin");
        above(settings.atRiskMin(), settings.slippingMin(), "atRiskMin");
        range(settings.newDays(), 0, HealthSettings.MAX_NEW_DAYS, "newDays");
        range(settings.dormantDays(), HealthSettings.MIN_DORMANT_DAYS, HealthSettings.MAX_DORMANT_DAYS,
                "dormantDays");
        range(settings.activitiesCounted(), 1, HealthSettings.MAX_ACTIVITIES, "activitiesCounted");
    }

    private static void range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new UserFacingException("memberhealth.error.range", field, min, max);
        }
    }

    private static void above(int higher, int lower, String field) {
        if (higher <= lower) {
            throw new UserFacingException("memberhealth.error.order." + field, field, lower);
        }
    }

    private static Map<String, Object> details(HealthSettings settings) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("championMin", settings.championMin());
        details.put("steadyMin", settings.steadyMin());
        details.put("atRiskMin", settings.atRiskMin());
        details.put("slippingMin", settings.slippingMin());
        details.put("newDays", settings.newDays());
        details.put("dormantDays", settings.dormantDays());
        details.put("activitiesCounted", settings.activitiesCounted());
        return details;
    }

    private static UUID tenant() {
        return TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    }
}

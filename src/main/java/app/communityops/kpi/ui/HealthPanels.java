package app.communityops.kpi.ui;

import app.communityops.members.HealthFlows;
import app.communityops.members.MemberHealthService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The dashboard's member health: how members moved between segments over the last {@link #MONTHS} months, and who
 * is at risk now. Both read the current scores, whatever period the dashboard shows, and say when they were
 * computed ("as of"), since the daily recompute may lag behind late events.
 */
class HealthPanels extends Div {

    static final int MONTHS = 6;

    /** What the dashboard needs to build the panels, as one bean, so its constructor grows by one parameter. */
    @Component
    static class Source {

        private final MemberHealthService health;
        private final TenantZone zones;
        private final Clock clock;

        Source(MemberHealthService health, TenantZone zones, Clock clock) {
            this.health = health;
            this.zones = zones;
            this.clock = clock;
        }

        HealthPanels panels(UUID communityId) {
            boolean staff = !CurrentUser.require().hasRole(Roles.CLIENT);
            return new HealthPanels(health, communityId, staff, zones.current(), clock);
        }
    }

    HealthPanels(MemberHealthService health, UUID communityId, boolean staff, ZoneId zone, Clock clock) {
        setId("dashboard-health");
        addClassName("dashboard-charts");
        HealthFlows flows = health.flows(communityId, MONTHS);
        String asOf = asOf(flows.asOf(), zone);
        HealthFlowPanel flow = new HealthFlowPanel();
        flow.show(flows, asOf);
        AtRiskPanel atRisk = new AtRiskPanel(health, communityId, staff, zone, clock);
        atRisk.show(flows.hasMembers(), asOf);
        add(flow, atRisk);
    }

    private String asOf(@Nullable Instant computed, ZoneId zone) {
        return computed == null ? "" : getTranslation("health.asOf", DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).withZone(zone)
                .format(computed));
    }
}

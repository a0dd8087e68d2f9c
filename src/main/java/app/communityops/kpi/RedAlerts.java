package app.communityops.kpi;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells a community's operators and the tenant admins that KPIs turned red. */
@Component
class RedAlerts {

    void turnedRed(UUID community, String communityName, KpiPeriod period, List<Kpi> kpis) {
    }
}

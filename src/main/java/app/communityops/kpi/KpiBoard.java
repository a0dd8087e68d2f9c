package app.communityops.kpi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All KPIs of a community for a period, each with target, status, previous value and daily series. */
public record KpiBoard(UUID communityId, String communityName, KpiPeriod period, String currency,
                       List<KpiValue> values) {

    public KpiBoard {
        values = List.copyOf(values);
    }

    public Optional<KpiValue> value(Kpi kpi) {
        return values.stream().filter(value -> value.kpi() == kpi).findFirst();
    }
}

package app.communityops.kpi;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * All KPIs of a community for a period, each with target, status, previous value and daily series.
 *
 * @param activityBehind whether events of the community arrived after the rollups last ran (late ones included),
 *                       so the figures read from the rollups (the activity, activation and retention KPIs) do not
 *                       count them yet
 * @param activityAsOf   when those figures were last brought up to date, in the tenant's zone (null: never, or
 *                       not behind)
 */
public record KpiBoard(UUID communityId, String communityName, KpiPeriod period, String currency,
                       List<KpiValue> values, boolean activityBehind, @Nullable ZonedDateTime activityAsOf) {

    public KpiBoard {
        values = List.copyOf(values);
    }

    public KpiBoard(UUID communityId, String communityName, KpiPeriod period, String currency,
                    List<KpiValue> values) {
        this(communityId, communityName, period, currency, values, false, null);
    }

    public Optional<KpiValue> value(Kpi kpi) {
        return values.stream().filter(value -> value.kpi() == kpi).findFirst();
    }

    /** The days the previous values cover (the previous period's same span while this one runs). */
    public Optional<KpiPeriod.Span> compared() {
        return values.stream().map(KpiValue::compared).filter(Objects::nonNull).findFirst();
    }
}

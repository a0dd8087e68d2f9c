package app.communityops.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where each of the user's communities stands among its peers for a period (decision 0049): per KPI, the share of
 * its peers it does better than, as a percentile (for a lower-is-better KPI, lower values are better). For staff
 * only: a client never receives this.
 */
public record PeerStanding(KpiPeriod period, List<Kpi> kpis, List<Row> rows) {

    public PeerStanding {
        kpis = List.copyOf(kpis);
        rows = List.copyOf(rows);
    }

    /**
     * One community. {@code peers} and {@code clients} count its peers; {@link #compared()} is false when it has no
     * vertical, is not active, or has fewer peers than a band needs.
     */
    public record Row(UUID communityId, String communityName, PeerBands.Status status, int peers, int clients,
                      Map<Kpi, Rank> ranks) {

        public Row {
            ranks = java.util.Collections.unmodifiableMap(new HashMap<>(ranks));
        }

        public boolean compared() {
            return status == PeerBands.Status.COMPARED && peers >= PeerBands.MIN_COMMUNITIES
                    && clients >= PeerBands.MIN_CLIENTS;
        }

        public @Nullable Rank rank(Kpi kpi) {
            return ranks.get(kpi);
        }
    }

    /**
     * A KPI's percentile among the {@code peers} that have a value; null when the community has no value or fewer
     * than the minimum of peers or clients have one.
     */
    public record Rank(@Nullable BigDecimal percentile, int peers) {
    }
}

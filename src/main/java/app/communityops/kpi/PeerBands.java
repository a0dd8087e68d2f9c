package app.communityops.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a community stands among its peers for a period (decision 0049): per KPI, the 25th percentile, the median and
 * the 75th percentile of the tenant's other clients' active communities of the same vertical and channel, with how
 * many communities are behind each. A band is shown only when at least {@value #MIN_COMMUNITIES} communities of at
 * least {@value #MIN_CLIENTS} clients have a value; else {@link Band#shown()} is false and
 * {@link Band#communities()} says how many there are.
 *
 * <p>No boundary is one community's figure: each is the mean of the three values nearest its percentile position,
 * rounded, so a reader learns where the middle of the field lies and never what any single peer did.
 *
 * @param status      whether the community can be compared at all
 * @param communities the peers found (of any client other than the community's own)
 * @param clients     how many clients those peers belong to
 * @param bands       one per KPI of the board, shown or not
 */
public record PeerBands(Status status, int communities, int clients, Map<Kpi, Band> bands) {

    public static final int MIN_COMMUNITIES = 5;
    public static final int MIN_CLIENTS = 3;
    /** How many of the values nearest a percentile position each boundary is the mean of. */
    static final int WINDOW = 3;

    public enum Status {
        /** Peers found; each band says whether enough of them have a value. */
        COMPARED,
        /** The community has no vertical yet (created before verticals existed): nothing to compare with. */
        NO_VERTICAL,
        /** The community is not active (planned or archived): it is not compared, nor are others with it. */
        NOT_ACTIVE
    }

    /** Where the community's own value falls against the band. */
    public enum Standing {
        BELOW_P25, P25_TO_MEDIAN, AT_MEDIAN, MEDIAN_TO_P75, ABOVE_P75, UNKNOWN
    }

    /**
     * One KPI's band. {@code low}, {@code median} and {@code high} are null when fewer than the minimum of
     * communities or clients have a value ({@link #shown()} false).
     */
    public record Band(Kpi kpi, @Nullable BigDecimal low, @Nullable BigDecimal median, @Nullable BigDecimal high,
                       int communities, int clients, Standing standing) {

        public boolean shown() {
            return low != null && median != null && high != null;
        }
    }

    public PeerBands {
        bands = Map.copyOf(bands);
    }

    public Optional<Band> band(Kpi kpi) {
        return Optional.ofNullable(bands.get(kpi));
    }

    /** A community that cannot be compared: every band absent, with the reason. */
    static PeerBands none(Status status) {
        return new PeerBands(status, 0, 0, Map.of());
    }

    /**
     * Too few peers or clients for any band: every KPI's band absent, each saying how many communities and clients
     * there are (no figure of theirs was computed).
     */
    static PeerBands tooFew(Collection<Kpi> kpis, int communities, int clients) {
        Map<Kpi, Band> bands = new EnumMap<>(Kpi.class);
        for (Kpi kpi : kpis) {
            bands.put(kpi, new Band(kpi, null, null, null, communities, clients, Standing.UNKNOWN));
        }
        return new PeerBands(Status.COMPARED, communities, clients, bands);
    }

    /** One peer's figures and the client it belongs to (only the client's identity is used: to count clients). */
    record Peer(UUID clientId, Map<Kpi, @Nullable BigDecimal> values) {
    }

    /** The bands of each of {@code kpis} over {@code peers}, and where {@code own} values stand against them. */
    static PeerBands of(Collection<Kpi> kpis, List<Peer> peers, Map<Kpi, @Nullable BigDecimal> own) {
        Map<Kpi, Band> bands = new EnumMap<>(Kpi.class);
        for (Kpi kpi : kpis) {
            bands.put(kpi, band(kpi, peers, own.get(kpi)));
        }
        long clients = peers.stream().map(Peer::clientId).distinct().count();
        return new PeerBands(Status.COMPARED, peers.size(), (int) clients, bands);
    }

    private static Band band(Kpi kpi, List<Peer> peers, @Nullable BigDecimal own) {
        List<Peer> valued = peers.stream().filter(peer -> peer.values().get(kpi) != null).toList();
        int clients = (int) valued.stream().map(Peer::clientId).distinct().count();
        if (valued.size() < MIN_COMMUNITIES || clients < MIN_CLIENTS) {
            return new Band(kpi, null, null, null, valued.size(), clients, Standing.UNKNOWN);
        }
        List<BigDecimal> sorted = valued.stream().map(peer -> Objects.requireNonNull(peer.values().get(kpi)))
                .sorted().toList();
        int scale = kpi.unit() == Kpi.Unit.MONEY ? 2 : 1;
        BigDecimal low = boundary(sorted, 1, 4, scale);
        BigDecimal median = boundary(sorted, 1, 2, scale);
        BigDecimal high = boundary(sorted, 3, 4, scale);
        return new Band(kpi, low, median, high, valued.size(), clients, standing(own, low, median, high));
    }

    /**
     * The boundary at the percentile {@code numerator / denominator}: the mean of the {@value #WINDOW} sorted values
     * nearest the position {@code p · (n − 1)}, the window kept inside the list. Never fewer than three values
     * (there are at least five), so no boundary is one community's figure.
     */
    static BigDecimal boundary(List<BigDecimal> sorted, int numerator, int denominator, int scale) {
        int n = sorted.size();
        // round(p · (n − 1)) in integers: the index nearest the position, halves rounded up.
        int nearest = (2 * numerator * (n - 1) + denominator) / (2 * denominator);
        int start = Math.max(0, Math.min(nearest - WINDOW / 2, n - WINDOW));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = start; i < start + WINDOW; i++) {
            sum = sum.add(sorted.get(i));
        }
        return sum.divide(BigDecimal.valueOf(WINDOW), scale, RoundingMode.HALF_UP);
    }

    static Standing standing(@Nullable BigDecimal own, BigDecimal low, BigDecimal median, BigDecimal high) {
        if (own == null) {
            return Standing.UNKNOWN;
        }
        if (own.compareTo(low) < 0) {
            return Standing.BELOW_P25;
        }
        if (own.compareTo(median) < 0) {
            return Standing.P25_TO_MEDIAN;
        }
        if (own.compareTo(median) == 0) {
            return Standing.AT_MEDIAN;
        }
        return own.compareTo(high) <= 0 ? Standing.MEDIAN_TO_P75 : Standing.ABOVE_P75;
    }

    /**
     * The percentile rank of {@code own} among {@code values}, as "better than this share of the peers" (ties
     * count half): for a lower-is-better KPI the lower values are the better ones. Null without a value.
     */
    static @Nullable BigDecimal rank(Kpi kpi, @Nullable BigDecimal own, List<BigDecimal> values) {
        if (own == null || values.isEmpty()) {
            return null;
        }
        double beaten = 0;
        for (BigDecimal value : values) {
            int compared = own.compareTo(value) * (kpi.higherIsBetter() ? 1 : -1);
            beaten += compared > 0 ? 1 : compared == 0 ? 0.5 : 0;
        }
        return BigDecimal.valueOf(100 * beaten / values.size()).setScale(0, RoundingMode.HALF_UP);
    }

    /** Values of the KPI among the peers, for ranks. */
    static List<BigDecimal> values(Kpi kpi, List<Peer> peers) {
        List<BigDecimal> values = new ArrayList<>();
        peers.forEach(peer -> {
            BigDecimal value = peer.values().get(kpi);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }
}

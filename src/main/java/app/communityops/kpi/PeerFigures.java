package app.communityops.kpi;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.community.PeerCommunity;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The peers of a community and their figures (decision 0049). Peers are the tenant's active communities of the same
 * vertical and channel that belong to another client, whoever is reading: their figures are computed here, in one
 * batch for all of them, and leave this class only as the aggregates of {@link PeerBands}. Callers have checked
 * access to the community that is compared.
 *
 * <p>The running month's figures are stored by the rollup job ({@link #storeRunning}); those of other periods are
 * kept in {@link KpiCache} for the period and day, so the dashboards of a group's communities, the reports and the
 * standing view share them, for {@code communityops.kpi.peer-cache-ttl} (five minutes by default). A band is the
 * field as it stood a little while ago; the card's own figure is live.
 */
@Component
class PeerFigures {

    private static final EnumSet<Kpi> ALL = EnumSet.allOf(Kpi.class);

    private final CommunityService communities;
    private final KpiCalculator calculator;
    private final KpiCache cache;
    private final PeerQueries queries;

    /** How long the stored figures serve before a rollup run computes them again. */
    private final Duration storedFor;

    PeerFigures(CommunityService communities, KpiCalculator calculator, KpiCache cache, PeerQueries queries,
                @Value("${communityops.kpi.peer-figures-every:30m}") Duration storedFor) {
        this.communities = communities;
        this.calculator = calculator;
        this.cache = cache;
        this.queries = queries;
        this.storedFor = storedFor;
    }

    /** The bands of the community for the period, with where its {@code own} values stand. */
    PeerBands bands(CommunitySummary community, KpiPeriod period, LocalDate today, ZoneId zone,
                    Map<Kpi, @Nullable BigDecimal> own, String ownCurrency) {
        UUID vertical = community.verticalId();
        if (vertical == null) {
            return PeerBands.none(PeerBands.Status.NO_VERTICAL);
        }
        if (community.status() != CommunityStatus.ACTIVE) {
            return PeerBands.none(PeerBands.Status.NOT_ACTIVE);
        }
        PeerCommunity self = new PeerCommunity(community.id(), community.clientId(), community.channel(), vertical);
        List<PeerCommunity> group = communities.comparables().stream().filter(self::isPeer).toList();
        int clients = (int) group.stream().map(PeerCommunity::clientId).distinct().count();
        if (group.size() < PeerBands.MIN_COMMUNITIES || clients < PeerBands.MIN_CLIENTS) {
            return PeerBands.tooFew(ALL, group.size(), clients);
        }
        return PeerBands.of(ALL, peers(group, ownCurrency, period, today, zone), own);
    }

    /** The figures of the peers, money KPIs only where the peer counts in {@code currency}. */
    private List<PeerBands.Peer> peers(List<PeerCommunity> group, String currency, KpiPeriod period, LocalDate today,
                                       ZoneId zone) {
        List<UUID> ids = group.stream().map(PeerCommunity::id).toList();
        Map<UUID, Map<Kpi, @Nullable BigDecimal>> figures = figures(ids, period, today, zone);
        Map<UUID, String> currencies = currencies(ids);
        List<PeerBands.Peer> peers = new ArrayList<>();
        for (PeerCommunity peer : group) {
            Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
            values.putAll(NotNull.entry(figures, peer.id()));
            if (!currency.equals(currencies.getOrDefault(peer.id(), CanvasDetails.DEFAULT_CURRENCY))) {
                values.keySet().removeIf(kpi -> kpi.unit() == Kpi.Unit.MONEY);
            }
            peers.add(new PeerBands.Peer(peer.clientId(), values));
        }
        return peers;
    }

    /**
     * Every KPI of each community for the period: those stored by the latest rollup run for today, then those kept
     * in the cache, then the rest in one batch.
     */
    Map<UUID, Map<Kpi, @Nullable BigDecimal>> figures(Collection<UUID> ids, KpiPeriod period, LocalDate today,
                                                      ZoneId zone) {
        UUID tenant = TenantContext.current().orElseThrow(NotFoundException::new);
        Map<UUID, Map<Kpi, @Nullable BigDecimal>> figures = new HashMap<>(queries.stored(ids, period, today));
        List<UUID> rest = ids.stream().filter(id -> !figures.containsKey(id)).toList();
        if (!rest.isEmpty()) {
            figures.putAll(cache.getEachPeer(List.of(tenant, "peer-figures", period, today), rest,
                    missing -> compute(missing, List.of(period), today, zone).getFirst()));
        }
        return figures;
    }

    /**
     * Stores the running month's figures of every community that may be a peer, after a rollup run, when those
     * stored are older than {@code communityops.kpi.peer-figures-every} (30 minutes by default) or of another day:
     * between two such runs the bands find their peers' figures ready on every node. Only communities in a group
     * large enough for bands (at least one more community and client than a band needs, the community itself not
     * counting) are computed. Months are what the screens open on; a quarter's bands are computed when read.
     */
    void storeRunning(LocalDate today, ZoneId zone) {
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, today);
        Map<List<Object>, List<PeerCommunity>> groups = new HashMap<>();
        communities.comparables().forEach(community -> groups.computeIfAbsent(
                List.of(community.verticalId(), community.channel()), key -> new ArrayList<>()).add(community));
        List<UUID> ids = groups.values().stream()
                .filter(group -> group.size() > PeerBands.MIN_COMMUNITIES && group.stream()
                        .map(PeerCommunity::clientId).distinct().count() > PeerBands.MIN_CLIENTS)
                .flatMap(List::stream).map(PeerCommunity::id).toList();
        if (queries.fresh(ids, month, today, storedFor)) {
            return;
        }
        queries.store(compute(ids, List.of(month), today, zone).getFirst(), month, today);
    }

    /** For each period, every KPI of each community, in one batch. */
    private List<Map<UUID, Map<Kpi, @Nullable BigDecimal>>> compute(List<UUID> ids, List<KpiPeriod> periods,
                                                                     LocalDate today, ZoneId zone) {
        List<Map<UUID, Map<Kpi, @Nullable BigDecimal>>> perPeriod = new ArrayList<>();
        periods.forEach(period -> perPeriod.add(new HashMap<>()));
        if (ids.isEmpty()) {
            return perPeriod;
        }
        calculator.compute(ids, periods, today, zone, ALL, true).forEach((id, values) -> {
            for (int i = 0; i < periods.size(); i++) {
                perPeriod.get(i).put(id, values.get(i).values());
            }
        });
        return perPeriod;
    }

    /** The KPI currency of each community that has a business-logic canvas; the others count in the default. */
    Map<UUID, String> currencies(Collection<UUID> ids) {
        return queries.currencies(ids);
    }
}

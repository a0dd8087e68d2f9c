package app.communityops.kpi;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.community.PeerCommunity;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import java.math.BigDecimal;
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
import org.springframework.stereotype.Component;

/**
 * The peers of a community and their figures (decision 0049). Peers are the tenant's active communities of the same
 * vertical and channel that belong to another client, whoever is reading: their figures are computed here, in one
 * batch for all of them, and leave this class only as the aggregates of {@link PeerBands}. Callers have checked
 * access to the community that is compared.
 *
 * <p>Each community's figures are kept in {@link KpiCache} for the period and day, so the dashboards of a group's
 * communities, the reports and the standing view share them; they are kept for {@code communityops.kpi.peer-cache-ttl}
 * (five minutes by default): the band is the field as it stood a few minutes ago, the card's own figure is live.
 */
@Component
class PeerFigures {

    private static final EnumSet<Kpi> ALL = EnumSet.allOf(Kpi.class);

    private final CommunityService communities;
    private final KpiCalculator calculator;
    private final KpiCache cache;
    private final PeerQueries queries;

    PeerFigures(CommunityService communities, KpiCalculator calculator, KpiCache cache, PeerQueries queries) {
        this.communities = communities;
        this.calculator = calculator;
        this.cache = cache;
        this.queries = queries;
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

    /** Every KPI of each community for the period, in one batch for those not kept yet. */
    Map<UUID, Map<Kpi, @Nullable BigDecimal>> figures(Collection<UUID> ids, KpiPeriod period, LocalDate today,
                                                      ZoneId zone) {
        UUID tenant = TenantContext.current().orElseThrow(NotFoundException::new);
        return cache.getEachPeer(List.of(tenant, "peer-figures", period, today), List.copyOf(ids), missing -> {
            Map<UUID, Map<Kpi, @Nullable BigDecimal>> computed = new HashMap<>();
            calculator.compute(missing, List.of(period), today, zone, ALL, true)
                    .forEach((id, values) -> computed.put(id, values.getFirst().values()));
            return computed;
        });
    }

    /** The KPI currency of each community that has a business-logic canvas; the others count in the default. */
    Map<UUID, String> currencies(Collection<UUID> ids) {
        return queries.currencies(ids);
    }
}

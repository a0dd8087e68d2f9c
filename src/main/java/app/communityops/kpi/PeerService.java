package app.communityops.kpi;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.community.PeerCommunity;
import app.communityops.shared.Access;
import app.communityops.shared.NotNull;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer bands for the report, and the staff's view of where each community stands among its peers (decision 0049).
 * The dashboard gets its bands with the board, from {@link KpiService#dashboard}.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class PeerService {

    private final CommunityService communities;
    private final PeerFigures figures;
    private final KpiCalculator calculator;
    private final TenantZone zones;
    private final Clock clock;

    PeerService(CommunityService communities, PeerFigures figures, KpiCalculator calculator, TenantZone zones,
                Clock clock) {
        this.communities = communities;
        this.figures = figures;
        this.calculator = calculator;
        this.zones = zones;
        this.clock = clock;
    }

    /** The community's bands for the period, for whoever may read the community (its client's users included). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public PeerBands bands(UUID communityId, KpiPeriod period) {
        CommunitySummary community = communities.readable(communityId);
        ZoneId zone = zones.current();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Kpi, @Nullable BigDecimal> own = community.verticalId() == null ? Map.of()
                : NotNull.entry(figures.figures(List.of(communityId), period, today, zone), communityId);
        return figures.bands(community, period, today, zone, own, calculator.currency(communityId));
    }

    /**
     * Every community the user may see with its percentile rank among its peers on each of {@code kpis}. The peers'
     * figures are computed in one batch for all the shown communities' groups; none of them leaves this method.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public PeerStanding standing(KpiPeriod period, List<Kpi> kpis) {
        ZoneId zone = zones.current();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<CommunitySummary> visible = communities.visible();
        List<PeerCommunity> comparables = communities.comparables();
        Map<UUID, List<PeerCommunity>> groups = new HashMap<>();
        Set<UUID> needed = new LinkedHashSet<>();
        for (CommunitySummary community : visible) {
            PeerCommunity self = self(community);
            if (self == null) {
                continue;
            }
            List<PeerCommunity> group = comparables.stream().filter(self::isPeer).toList();
            groups.put(community.id(), group);
            if (enough(group)) {
                needed.add(community.id());
                group.forEach(peer -> needed.add(peer.id()));
            }
        }
        Map<UUID, Map<Kpi, @Nullable BigDecimal>> values = needed.isEmpty() ? Map.of()
                : figures.figures(needed, period, today, zone);
        Map<UUID, String> currencies = needed.isEmpty() ? Map.of() : figures.currencies(needed);
        List<PeerStanding.Row> rows = new ArrayList<>();
        for (CommunitySummary community : visible) {
            rows.add(row(community, groups.get(community.id()), values, currencies, kpis));
        }
        return new PeerStanding(period, kpis, rows);
    }

    private static PeerStanding.Row row(CommunitySummary community, @Nullable List<PeerCommunity> group,
                                        Map<UUID, Map<Kpi, @Nullable BigDecimal>> values,
                                        Map<UUID, String> currencies, List<Kpi> kpis) {
        if (group == null) {
            return new PeerStanding.Row(community.id(), community.name(), community.verticalId() == null
                    ? PeerBands.Status.NO_VERTICAL : PeerBands.Status.NOT_ACTIVE, 0, 0, Map.of());
        }
        int clients = (int) group.stream().map(PeerCommunity::clientId).distinct().count();
        Map<Kpi, PeerStanding.Rank> ranks = new EnumMap<>(Kpi.class);
        if (enough(group)) {
            String currency = currencies.getOrDefault(community.id(), CanvasDetails.DEFAULT_CURRENCY);
            Map<Kpi, @Nullable BigDecimal> own = values.getOrDefault(community.id(), Map.of());
            for (Kpi kpi : kpis) {
                List<PeerCommunity> valued = group.stream()
                        .filter(peer -> values.getOrDefault(peer.id(), Map.of()).get(kpi) != null)
                        .filter(peer -> kpi.unit() != Kpi.Unit.MONEY || currency.equals(
                                currencies.getOrDefault(peer.id(), CanvasDetails.DEFAULT_CURRENCY)))
                        .toList();
                List<BigDecimal> peerValues = valued.stream()
                        .map(peer -> Objects.requireNonNull(NotNull.entry(values, peer.id()).get(kpi))).toList();
                boolean bandable = enough(valued);
                ranks.put(kpi, new PeerStanding.Rank(bandable ? PeerBands.rank(kpi, own.get(kpi), peerValues) : null,
                        valued.size()));
            }
        }
        return new PeerStanding.Row(community.id(), community.name(), PeerBands.Status.COMPARED, group.size(),
                clients, ranks);
    }

    private static @Nullable PeerCommunity self(CommunitySummary community) {
        UUID vertical = community.verticalId();
        return vertical == null || community.status() != CommunityStatus.ACTIVE ? null
                : new PeerCommunity(community.id(), community.clientId(), community.channel(), vertical);
    }

    private static boolean enough(List<PeerCommunity> group) {
        return group.size() >= PeerBands.MIN_COMMUNITIES
                && group.stream().map(PeerCommunity::clientId).distinct().count() >= PeerBands.MIN_CLIENTS;
    }
}

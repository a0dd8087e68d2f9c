package app.communityops.kpi;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel per acquisition channel, so operators see which channel brings members who later pay. A joiner is
 * activated by a qualifying event within the community's activation window, paying with at least one order that
 * was not fully refunded between joining and the period's end, repurchasing with two.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class FunnelService {

    private static final FunnelStageKind[] STAGES = FunnelStageKind.values();

    private final JdbcTemplate jdbc;
    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final KpiCalculator calculator;
    private final Clock clock;

    FunnelService(JdbcTemplate jdbc, CommunityService communities, TenantDirectory tenants, KpiCalculator calculator,
                  Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.tenants = tenants;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Funnel funnel(UUID communityId, KpiPeriod period) {
        communities.readable(communityId);
        ZoneId zone = tenants.zone(TenantContext.current().orElseThrow(NotFoundException::new));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<KpiCalculator.Values> both = NotNull.entry(calculator.compute(List.of(communityId),
                KpiCalculator.withPrevious(period), KpiCalculator.untils(period, today), zone, List.of(), false, true),
                communityId);
        Map<Kpi, BigDecimal> targets = new EnumMap<>(Kpi.class);
        TargetService.read(jdbc, communityId, period).forEach(line -> targets.put(line.kpi(), line.target()));
        return of(jdbc, period, both.getFirst().funnel(), both.getLast().funnel(), targets);
    }

    /**
     * The funnel from the counts per channel (null: none recorded) of the period and the previous one, as
     * {@link KpiCalculator} computes them along with the board's activation.
     */
    static Funnel of(JdbcTemplate jdbc, KpiPeriod period, Map<@Nullable UUID, long[]> now,
                     Map<@Nullable UUID, long[]> before, Map<Kpi, BigDecimal> targets) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.query("select id, name from acquisition_channel",
                rs -> { names.put(rs.getObject(1, UUID.class), rs.getString(2)); });
        List<Funnel.Channel> channels = new ArrayList<>();
        long[] total = new long[STAGES.length];
        long[] totalBefore = new long[STAGES.length];
        for (Map.Entry<@Nullable UUID, long[]> entry : now.entrySet()) {
            long[] previous = before.getOrDefault(entry.getKey(), new long[STAGES.length]);
            channels.add(channel(entry.getKey(), entry.getKey() == null ? null : names.get(entry.getKey()),
                    entry.getValue(), previous, targets));
        }
        for (int i = 0; i < STAGES.length; i++) {
            final int stage = i;
            total[i] = now.values().stream().mapToLong(counts -> counts[stage]).sum();
            totalBefore[i] = before.values().stream().mapToLong(counts -> counts[stage]).sum();
        }
        channels.sort(Comparator.comparing((Funnel.Channel channel) -> -channel.step(FunnelStageKind.JOINED).count())
                .thenComparing(channel -> Objects.requireNonNullElse(channel.channelName(), "")));
        return new Funnel(period, channel(null, null, total, totalBefore, targets), channels);
    }

    private static Funnel.Channel channel(@Nullable UUID id, @Nullable String name, long[] counts, long[] previous,
                                          Map<Kpi, BigDecimal> targets) {
        List<Funnel.Step> steps = new ArrayList<>();
        for (int i = 0; i < STAGES.length; i++) {
            BigDecimal conversion = i == 0 ? null
                    : RecordFigures.percent(BigDecimal.valueOf(counts[i]), BigDecimal.valueOf(counts[i - 1]));
            BigDecimal target = switch (STAGES[i]) {
                case ACTIVATED -> targets.get(Kpi.ACTIVATION_RATE);
                case PAYING -> targets.get(Kpi.FIRST_PURCHASE_RATE);
                case REPURCHASING -> targets.get(Kpi.REPURCHASE_RATE);
                default -> null;
            };
            steps.add(new Funnel.Step(STAGES[i], counts[i], conversion, i == 0 ? 0 : counts[i - 1] - counts[i],
                    previous[i], target));
        }
        return new Funnel.Channel(id, name, steps);
    }
}

package app.communityops.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The acquire → activate → convert funnel of a community for a period, in total and per acquisition channel.
 * Applications are those made in the period; the later steps follow the members who joined in the period.
 */
public record Funnel(KpiPeriod period, Channel total, List<Channel> channels) {

    public Funnel {
        channels = List.copyOf(channels);
    }

    /** One channel's steps; the total has no channel id. */
    public record Channel(@Nullable UUID channelId, @Nullable String channelName, List<Step> steps) {

        public Channel {
            steps = List.copyOf(steps);
        }

        public Step step(FunnelStageKind kind) {
            return steps.stream().filter(step -> step.stage() == kind).findFirst().orElseThrow();
        }
    }

    /**
     * @param conversionPercent this step ÷ the step before, in percent (null for the first step or from zero)
     * @param dropOff           the step before minus this one (0 for the first)
     * @param previous          the count of the previous period
     * @param targetPercent     the target of the KPI this conversion stands for, if set (activation rate,
     *                          first-purchase rate, repurchase rate)
     */
    public record Step(FunnelStageKind stage, long count, @Nullable BigDecimal conversionPercent, long dropOff,
                       long previous, @Nullable BigDecimal targetPercent) {
    }
}

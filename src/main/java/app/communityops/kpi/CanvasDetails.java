package app.communityops.kpi;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's business logic (梳理业务逻辑) and its KPI settings: activation means a qualifying event within
 * {@code activationDays} of joining; money KPIs are read in {@code currency}. {@code version} is -1 until saved.
 */
public record CanvasDetails(UUID communityId, @Nullable String founderResources, @Nullable String targetUsers,
                            @Nullable String problemSolved, @Nullable String valueProvided,
                            @Nullable String monetisation, @Nullable String coreGoal, @Nullable String kpiBreakdown,
                            int activationDays, List<String> activationTypes, String currency, long version) {

    /** The engagement event types an operator may count as activating. */
    public static final List<String> EVENT_TYPES = List.of("MESSAGE_POSTED", "REPLY", "REACTION", "CONTENT_VIEWED",
            "ACTIVITY_ATTENDED", "CHECK_IN", "REFERRAL", "CUSTOM");
    static final List<String> DEFAULT_ACTIVATION = List.of("MESSAGE_POSTED", "REPLY", "ACTIVITY_ATTENDED",
            "CHECK_IN");

    public CanvasDetails {
        activationTypes = List.copyOf(activationTypes);
    }

    /** The KPI currency of a community whose canvas nobody saved yet. */
    static final String DEFAULT_CURRENCY = "CNY";

    static CanvasDetails empty(UUID communityId) {
        return new CanvasDetails(communityId, null, null, null, null, null, null, null, 7, DEFAULT_ACTIVATION, DEFAULT_CURRENCY,
                -1);
    }

    public boolean saved() {
        return version >= 0;
    }
}

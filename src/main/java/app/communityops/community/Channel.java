package app.communityops.community;

import org.jspecify.annotations.Nullable;

/** Where a community lives. The product does not host the chat; it only records where it happens. */
public enum Channel {
    WECHAT_GROUP(500), WECOM(null), QQ(null), DISCORD(null), TELEGRAM(null), SLACK(null), KNOWLEDGE_PLANET(null),
    FORUM(null), OFFLINE(null), OTHER(null);

    private final @Nullable Integer capacityLimit;

    Channel(@Nullable Integer capacityLimit) {
        this.capacityLimit = capacityLimit;
    }

    /** The channel's own member cap, if it has one (a WeChat group holds at most 500). */
    public @Nullable Integer capacityLimit() {
        return capacityLimit;
    }
}

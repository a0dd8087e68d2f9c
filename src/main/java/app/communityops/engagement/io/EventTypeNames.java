package app.communityops.engagement.io;

import app.communityops.engagement.EngagementType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The type cell of an events file: one of the eight types by its wire name or an English or Chinese name, or a
 * tenant-defined type written {@code custom:<name>} ({@code 自定义:<name>}). Any other text is refused rather than
 * taken as a custom type, so that a misspelt "replly" does not become a type of its own.
 */
final class EventTypeNames {

    /** A type read from a cell: the custom type's name only for {@link EngagementType#CUSTOM} written with a prefix. */
    record Read(EngagementType type, @Nullable String customType) {
    }

    private static final Map<String, EngagementType> NAMES = new HashMap<>();
    private static final String[] CUSTOM_PREFIXES = {"custom:", "custom：", "自定义:", "自定义："};

    static {
        for (EngagementType type : EngagementType.values()) {
            NAMES.put(key(type.name()), type);
        }
        names(EngagementType.MESSAGE_POSTED, "message", "message posted", "post", "发言", "消息");
        names(EngagementType.REPLY, "reply", "回复");
        names(EngagementType.REACTION, "reaction", "like", "点赞", "表情");
        names(EngagementType.CONTENT_VIEWED, "content viewed", "view", "阅读");
        names(EngagementType.ACTIVITY_ATTENDED, "activity attended", "attended", "参加活动");
        names(EngagementType.CHECK_IN, "check in", "check-in", "打卡");
        names(EngagementType.REFERRAL, "referral", "推荐");
        names(EngagementType.CUSTOM, "custom", "自定义");
    }

    private EventTypeNames() {
    }

    static @Nullable Read read(String cell) {
        String lower = cell.strip().toLowerCase(Locale.ROOT);
        for (String prefix : CUSTOM_PREFIXES) {
            if (lower.startsWith(prefix)) {
                String name = cell.strip().substring(prefix.length()).strip();
                return name.isEmpty() ? null : new Read(EngagementType.CUSTOM, name);
            }
        }
        EngagementType type = NAMES.get(key(cell));
        return type == null ? null : new Read(type, null);
    }

    private static void names(EngagementType type, String... names) {
        for (String name : names) {
            NAMES.put(key(name), type);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}

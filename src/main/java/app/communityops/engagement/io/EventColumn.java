package app.communityops.engagement.io;

import java.util.List;

/** The columns of an events file, with the header names recognised for each (English and Chinese). */
public enum EventColumn {
    MEMBER(120, "member", "handle", "external id", "成员", "会员", "微信号", "账号"),
    TYPE(80, "type", "event type", "类型", "事件类型"),
    OCCURRED_AT(40, "occurred at", "time", "date time", "发生时间", "时间"),
    EVENT_ID(120, "event id", "事件编号", "事件ID"),
    CUSTOM_TYPE(60, "custom type", "自定义类型"),
    CONTENT(120, "content", "content ref", "content reference", "内容"),
    ACTIVITY(120, "activity", "activity ref", "activity reference", "活动");

    static final List<EventColumn> REQUIRED = List.of(MEMBER, TYPE, OCCURRED_AT);

    private final int maxLength;
    private final List<String> names;

    EventColumn(int maxLength, String... names) {
        this.maxLength = maxLength;
        this.names = List.of(names);
    }

    int maxLength() {
        return maxLength;
    }

    List<String> names() {
        return names;
    }
}

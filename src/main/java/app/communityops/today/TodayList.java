package app.communityops.today;

import java.util.List;

/** The Today list in due order, and how many open tasks are snoozed out of it for now. */
public record TodayList(List<TodayItem> items, int snoozed) {

    public TodayList {
        items = List.copyOf(items);
    }

    public long overdue() {
        return items.stream().filter(TodayItem::overdue).count();
    }
}

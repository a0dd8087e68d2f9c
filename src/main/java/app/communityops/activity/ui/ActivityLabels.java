package app.communityops.activity.ui;

import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Translated names and badges shared by the activity screens. */
final class ActivityLabels {

    private ActivityLabels() {
    }

    static String typeName(Component component, ActivityTypeSummary type) {
        return type.name() != null ? type.name() : component.getTranslation(type.labelKey());
    }

    static String typeName(Component component, Map<UUID, ActivityTypeSummary> types, UUID typeId) {
        ActivityTypeSummary type = types.get(typeId);
        return type == null ? "" : typeName(component, type);
    }

    static Span status(Component component, ActivityStatus status) {
        Span badge = new Span(component.getTranslation("activity.status." + status.name()));
        badge.addClassNames("status-badge", switch (status) {
            case PLANNED -> "contrast";
            case DONE -> "success";
            case CANCELLED -> "error";
        });
        return badge;
    }

    static String when(Instant start, Instant end, ZoneId zone, Locale locale) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return dateTime.format(start) + " – " + (sameDay ? time.format(end) : dateTime.format(end));
    }

    static String attendance(Component component, ActivitySummary activity) {
        Integer capacity = activity.capacity();
        if (capacity == null) {
            return String.valueOf(activity.attended());
        }
        return component.getTranslation("activity.attendance.ofCapacity", activity.attended(), capacity,
                Math.round(100.0 * activity.attended() / capacity));
    }
}

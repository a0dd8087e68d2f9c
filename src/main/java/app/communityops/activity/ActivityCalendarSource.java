package app.communityops.activity;

import app.communityops.shared.Access;
import app.communityops.calendar.CalendarAction;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.calendar.CalendarSource;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts occurrences on the community calendar, coloured by their type's kind. Moving one reschedules only it (it
 * leaves its series' pattern as an exception); done and cancelled ones stay where they happened. Clients see their
 * communities' activities read-only; what they never see here is attendance.
 */
@Component
@PreAuthorize(Access.READERS)
class ActivityCalendarSource implements CalendarSource {

    static final String KEY = "activity";

    private final ActivityService activities;
    private final ActivityTypeService types;
    private final ActivityAccess access;

    ActivityCalendarSource(ActivityService activities, ActivityTypeService types, ActivityAccess access) {
        this.activities = activities;
        this.types = types;
        this.access = access;
    }

    /** Open to any caller: the calendar and its feed pick sources by key before anyone's rights matter. */
    @Override
    @PreAuthorize(Access.ANYONE)
    public String key() {
        return KEY;
    }

    @Override
    @Transactional
    public List<CalendarEntry> entries(CalendarQuery query) {
        Map<UUID, ActivityTypeSummary> byId = types.all().stream()
                .collect(Collectors.toMap(ActivityTypeSummary::id, Function.identity()));
        boolean staff = !access.isClient();
        return activities.between(query.communityIds(), query.from(), query.to()).stream()
                .map(activity -> entry(activity, byId.get(activity.typeId()), staff))
                .filter(entry -> query.categories().isEmpty() || query.categories().contains(entry.category()))
                .filter(entry -> query.statuses().isEmpty() || query.statuses().contains(entry.status()))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(Access.STAFF)
    public CalendarEntry move(String entryId, long expectedVersion, Instant newStart) {
        UUID id = Ids.parse(entryId).orElseThrow(NotFoundException::new);
        ActivitySummary moved = activities.reschedule(id, expectedVersion, newStart);
        ActivityTypeSummary type = types.all().stream().filter(t -> t.id().equals(moved.typeId())).findFirst()
                .orElse(null);
        return entry(moved, type, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarAction> createActions(UUID communityId, LocalDate day) {
        try {
            access.writable(communityId);
        } catch (NotFoundException notPlannable) {
            return List.of();
        }
        return List.of(new CalendarAction("activity.calendar.new", ActivityNavigation.newPath(communityId, day)));
    }

    private static CalendarEntry entry(ActivitySummary activity, @Nullable ActivityTypeSummary type, boolean staff) {
        ActivityKind kind = type == null ? ActivityKind.REGULAR : type.kind();
        String status = activity.status().name().toLowerCase(Locale.ROOT);
        String location = activity.onlineLink() != null ? activity.onlineLink() : activity.place();
        return new CalendarEntry(KEY, activity.id().toString(), activity.communityId(), activity.title(),
                activity.start(), activity.end(), false, kind.category(), "activity.kind." + kind.name(), status,
                "activity.status." + activity.status().name(),
                ActivityNavigation.detailPath(activity.communityId(), activity.id()), activity.version(),
                staff && activity.status() == ActivityStatus.PLANNED, location, activity.description());
    }
}

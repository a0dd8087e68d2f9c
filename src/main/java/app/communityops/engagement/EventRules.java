package app.communityops.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules every event meets, whichever way it arrives. Times must fall between {@link #MAX_AGE} ago and
 * {@link #MAX_AHEAD} from now: older events belong to a back-fill the operator runs deliberately (CSV), later ones
 * are clock errors, and both would otherwise create partitions for months nobody asked for.
 */
public final class EventRules {

    public static final int MAX_BATCH = 1_000;
    public static final Duration MAX_AGE = Duration.ofDays(400);
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    public static final int MAX_PROPERTIES = 4_096;

    private EventRules() {
    }

    public static void check(int index, EventInput event, Instant now, List<EventProblem> problems) {
        length(index, "eventId", event.eventKey(), 120, problems);
        if (event.type() == null) {
            problems.add(new EventProblem(index, "type", "engagement.error.type"));
        } else if (event.type() == EngagementType.CUSTOM && blank(event.customType())) {
            problems.add(new EventProblem(index, "customType", "engagement.error.customTypeRequired"));
        } else if (event.type() != EngagementType.CUSTOM && !blank(event.customType())) {
            problems.add(new EventProblem(index, "customType", "engagement.error.customTypeOnlyForCustom"));
        }
        length(index, "customType", event.customType(), 60, problems);
        if (event.member().isEmpty()) {
            problems.add(new EventProblem(index, "member", "engagement.error.memberRequired"));
        }
        length(index, "member.externalId", event.member().externalId(), 120, problems);
        length(index, "member.handle", event.member().handle(), 120, problems);
        Instant at = event.occurredAt();
        if (at == null) {
            problems.add(new EventProblem(index, "occurredAt", "engagement.error.time"));
        } else if (at.isBefore(now.minus(MAX_AGE))) {
            problems.add(new EventProblem(index, "occurredAt", "engagement.error.tooOld"));
        } else if (at.isAfter(now.plus(MAX_AHEAD))) {
            problems.add(new EventProblem(index, "occurredAt", "engagement.error.inFuture"));
        }
        length(index, "contentRef", event.contentRef(), 120, problems);
        length(index, "activityRef", event.activityRef(), 120, problems);
        length(index, "properties", event.properties(), MAX_PROPERTIES, problems);
    }

    public static boolean validSource(@Nullable String source) {
        return source != null && !source.isBlank() && source.strip().length() <= 60;
    }

    private static void length(int index, String field, @Nullable String value, int max, List<EventProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new EventProblem(index, field, "engagement.error.tooLong"));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

package app.communityops.automation;

import org.jspecify.annotations.Nullable;

/**
 * A rule's trigger: its kind, the number its parameter asks for (days, hours, count, stars, percent), the cron
 * expression of a {@link TriggerKind#SCHEDULE} and an optional reference (an activity type's id for
 * {@link TriggerKind#ATTENDANCE_REACHED}).
 */
public record RuleTrigger(TriggerKind kind, @Nullable Integer number, @Nullable String schedule,
                          @Nullable String reference) {

    public static RuleTrigger of(TriggerKind kind) {
        return new RuleTrigger(kind, null, null, null);
    }

    public static RuleTrigger of(TriggerKind kind, int number) {
        return new RuleTrigger(kind, number, null, null);
    }

    public static RuleTrigger schedule(String cron) {
        return new RuleTrigger(TriggerKind.SCHEDULE, null, cron, null);
    }
}

package app.communityops.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The quick snoozes: an hour from now, or tomorrow at nine in the tenant's zone. */
public enum SnoozeChoice {
    ONE_HOUR, TOMORROW_MORNING;

    public static final LocalTime MORNING = LocalTime.of(9, 0);

    public Instant until(Instant now, ZoneId zone) {
        return switch (this) {
            case ONE_HOUR -> now.plus(1, ChronoUnit.HOURS);
            case TOMORROW_MORNING -> LocalDate.ofInstant(now, zone).plusDays(1).atTime(MORNING).atZone(zone)
                    .toInstant();
        };
    }
}

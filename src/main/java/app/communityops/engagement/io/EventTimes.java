package app.communityops.engagement.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The time cell of an events file: an ISO date-time with its offset ({@code 2026-11-25T09:30:00+08:00}, {@code Z}),
 * or a date and time as Excel and people write them ({@code 2026/11/25 9:30}, {@code 2026年11月25日 09:30:05}), read
 * in the tenant's zone. A date alone is refused: an event at a made-up midnight would skew the hours it is counted in.
 */
final class EventTimes {

    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");

    private EventTimes() {
    }

    static @Nullable Instant parse(String text, ZoneId zone) {
        String cell = text.strip();
        try {
            return OffsetDateTime.parse(cell.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            // Not an instant with an offset: try a local date-time below.
        }
        Matcher matcher = LOCAL.matcher(cell);
        if (!matcher.matches()) {
            return null;
        }
        try {
            String fraction = matcher.group(7) == null ? "0" : (matcher.group(7) + "00000000").substring(0, 9);
            return LocalDateTime.of(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)),
                    number(matcher.group(4)), number(matcher.group(5)), number(matcher.group(6)),
                    Integer.parseInt(fraction)).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(@Nullable String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }
}

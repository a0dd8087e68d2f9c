package app.communityops.members.ui;

import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How members' statuses, mechanisms, events, dates and counts read on screen. */
final class MemberLabels {

    private MemberLabels() {
    }

    static String status(Component in, MembershipStatus status) {
        return in.getTranslation("membership.status." + status.name());
    }

    static Span statusBadge(Component in, MembershipStatus status) {
        Span badge = new Span(status(in, status));
        badge.addClassName("status-badge");
        switch (status) {
            case JOINED, APPROVED -> badge.addClassName("success");
            case REJECTED, ELIMINATED -> badge.addClassName("error");
            case LEFT -> badge.addClassName("contrast");
            default -> {
                // Applied, pending review: the plain badge, nothing decided yet.
            }
        }
        return badge;
    }

    static String mechanism(Component in, String mechanism) {
        return in.getTranslation("membership.mechanism." + mechanism);
    }

    /** The mechanisms in the order given (see {@link MemberLookups#ordered}). */
    static String mechanisms(Component in, List<String> mechanisms) {
        return mechanisms.stream().map(m -> mechanism(in, m)).collect(Collectors.joining(", "));
    }

    static String event(Component in, MembershipEventType type) {
        return in.getTranslation("membership.event." + type.name());
    }

    static String count(Locale locale, long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String date(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    static String dateTime(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }
}

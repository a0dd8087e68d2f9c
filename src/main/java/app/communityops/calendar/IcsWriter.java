package app.communityops.calendar;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Calendar entries as RFC 5545 text, through ical4j (which folds lines, escapes text and writes CRLF). Times carry
 * the tenant's zone as TZID with its VTIMEZONE, so subscribers' apps show them right in any zone; whole-day
 * entries are DATE values.
 */
@Component
class IcsWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final I18NProvider i18n;

    IcsWriter(I18NProvider i18n) {
        this.i18n = i18n;
    }

    String write(String calendarName, List<CalendarEntry> entries, ZoneId zone, Locale locale, String baseUrl,
                 Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CommunityOps//Community calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        @Nullable TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, zone, timeZone != null, locale, baseUrl, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry entry, ZoneId zone, boolean zoned, Locale locale, String baseUrl, Instant now) {
        Temporal start = temporal(entry.start(), entry.allDay(), zone, zoned);
        VEvent event = entry.end() == null ? new VEvent(start, entry.title())
                : new VEvent(start, temporal(entry.end(), entry.allDay(), zone, zoned), entry.title());
        event.add(new Uid(entry.source() + "-" + entry.id() + "@communityops"));
        event.add(new DtStamp(now));
        String kind = i18n.getTranslation(entry.categoryLabelKey(), locale) + " · "
                + i18n.getTranslation(entry.statusLabelKey(), locale);
        event.add(new Description(entry.description() == null || entry.description().isBlank() ? kind
                : entry.description() + "\n\n" + kind));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        event.add(new Url(URI.create(baseUrl + "/" + entry.href())));
        event.add(new Status(status(entry.status())));
        return event;
    }

    private static Temporal temporal(Instant instant, boolean allDay, ZoneId zone, boolean zoned) {
        if (allDay) {
            return LocalDate.ofInstant(instant, zone);
        }
        return zoned ? instant.atZone(zone) : instant;
    }

    /**
     * Sources name their statuses freely; the feed reads the common words: cancelled ones as CANCELLED, anything
     * still an idea, a draft or under review as TENTATIVE, the rest as CONFIRMED.
     */
    static String status(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("cancel")) {
            return Status.VALUE_CANCELLED;
        }
        if (lower.contains("idea") || lower.contains("draft") || lower.contains("review")) {
            return Status.VALUE_TENTATIVE;
        }
        return Status.VALUE_CONFIRMED;
    }
}

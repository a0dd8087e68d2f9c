package app.communityops.calendar.ui;

import app.communityops.community.CommunitySummary;
import app.communityops.widgets.fullcalendar.FullCalendar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The coming two weeks' empty days, per selected community, as a sentence each; the days themselves are shaded on
 * the calendar (as background events, which month and week views both draw).
 */
class GapsPanel extends Div {

    private final ZoneId zone;
    private final Set<LocalDate> days = new LinkedHashSet<>();

    GapsPanel(ZoneId zone) {
        this.zone = zone;
        setId("calendar-gaps");
        addClassName("calendar-gaps");
    }

    void show(Map<UUID, List<LocalDate>> gaps, Collection<CommunitySummary> communities) {
        removeAll();
        days.clear();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(getTranslation("calendar.gaps.dayPattern"),
                getLocale());
        for (CommunitySummary community : communities.stream()
                .sorted(java.util.Comparator.comparing(CommunitySummary::name)).toList()) {
            List<LocalDate> free = gaps.getOrDefault(community.id(), List.of());
            if (free.isEmpty()) {
                continue;
            }
            days.addAll(free);
            String list = free.stream().map(format::format).collect(Collectors.joining(", "));
            Paragraph line = new Paragraph(getTranslation("calendar.gaps.line", community.name(), free.size(), list));
            line.setId("gaps-" + community.id());
            line.addClassName("calendar-gap-line");
            add(line);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    /** A shaded day for every day some selected community has nothing planned on. */
    List<FullCalendar.Event> backgroundEvents() {
        List<FullCalendar.Event> events = new ArrayList<>();
        for (LocalDate day : days) {
            events.add(FullCalendar.Event.backgroundDay("gap-" + day, day, zone, "calendar-gap"));
        }
        return events;
    }
}

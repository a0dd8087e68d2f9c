package app.communityops.today.ui;

import app.communityops.today.TodayItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Wording shared by the Today screens. */
final class TodayLabels {

    private TodayLabels() {
    }

    static String time(Instant at, ZoneId zone) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui == null ? Locale.ENGLISH : ui.getLocale()).withZone(zone).format(at);
    }

    static String title(Component context, TodayItem item) {
        return item.titleKey() == null ? item.title()
                : context.getTranslation(item.titleKey(), item.titleArgs().toArray());
    }
}

package app.communityops.content.ui;

import app.communityops.content.ContentCategory;
import app.communityops.content.ContentKind;
import app.communityops.content.ContentStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Translated names and badges of the content feature's values. */
final class ContentLabels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ContentLabels() {
    }

    static String status(Component owner, ContentStatus status) {
        return owner.getTranslation("content.status." + status.name());
    }

    static String kind(Component owner, ContentKind kind) {
        return owner.getTranslation("content.kind." + kind.name());
    }

    static String category(Component owner, ContentCategory category) {
        return owner.getTranslation("content.category." + category.name());
    }

    static Span badge(Component owner, ContentStatus status) {
        Span badge = new Span(status(owner, status));
        badge.addClassNames("status-badge", switch (status) {
            case PUBLISHED -> "success";
            case SCHEDULED -> "content-scheduled";
            case ARCHIVED -> "contrast";
            default -> "content-planning";
        });
        return badge;
    }

    static String dateTime(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}

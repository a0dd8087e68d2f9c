package app.communityops.community.ui;

import app.communityops.community.Channel;
import app.communityops.community.CommunityStatus;
import com.vaadin.flow.component.Component;
import app.communityops.community.VerticalSummary;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Translated names and the status badge, the same on every community screen. */
final class CommunityLabels {

    private CommunityLabels() {
    }

    static String channel(Component owner, Channel channel) {
        return owner.getTranslation("community.channel." + channel.name());
    }

    /** A vertical's own name, or a default's translated one. */
    static String vertical(Component owner, VerticalSummary vertical) {
        String name = vertical.name();
        return name != null ? name : owner.getTranslation(vertical.labelKey());
    }

    /** The community's vertical by name, or "not set" for a community from before verticals existed. */
    static String vertical(Component owner, List<VerticalSummary> verticals, @Nullable UUID id) {
        return verticals.stream().filter(vertical -> vertical.id().equals(id)).findFirst()
                .map(vertical -> vertical(owner, vertical)).orElseGet(() -> owner.getTranslation("vertical.notSet"));
    }

    static String status(Component owner, CommunityStatus status) {
        return owner.getTranslation("community.status." + status.name());
    }

    static Span statusBadge(Component owner, CommunityStatus status) {
        Span badge = new Span(status(owner, status));
        badge.addClassNames("status-badge", switch (status) {
            case ACTIVE -> "success";
            case PLANNING -> "community-planning";
            case ARCHIVED -> "contrast";
        });
        return badge;
    }
}

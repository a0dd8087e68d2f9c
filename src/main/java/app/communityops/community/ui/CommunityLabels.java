package app.communityops.community.ui;

import app.communityops.community.Channel;
import app.communityops.community.CommunityStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Translated names and the status badge, the same on every community screen. */
final class CommunityLabels {

    private CommunityLabels() {
    }

    static String channel(Component owner, Channel channel) {
        return owner.getTranslation("community.channel." + channel.name());
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

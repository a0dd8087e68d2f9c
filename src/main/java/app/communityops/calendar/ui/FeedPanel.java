package app.communityops.calendar.ui;

import app.communityops.calendar.CalendarFeedService;
import app.communityops.calendar.FeedAddress;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The community's subscription address for calendar apps. Only a hash of it is stored, so the full address is
 * shown once, right after it is made; making a new one turns the old one off (hence the confirmation).
 */
class FeedPanel extends Div {

    private final CalendarFeedService feeds;
    private final CommunitySummary community;
    private final Paragraph status = new Paragraph();
    private final TextField address = new TextField();
    private final Button make = new Button();

    FeedPanel(CalendarFeedService feeds, CommunitySummary community) {
        this.feeds = feeds;
        this.community = community;
        setId("calendar-feed");
        addClassName("calendar-feed");
        status.setId("calendar-feed-status");
        address.setId("calendar-feed-url");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setLabel(getTranslation("calendar.feed.address"));
        address.setHelperText(getTranslation("calendar.feed.once"));
        address.setVisible(false);
        make.setId("calendar-feed-regenerate");
        make.setIcon(VaadinIcon.REFRESH.create());
        make.addClickListener(event -> regenerate());
        add(new H3(getTranslation("calendar.feed.title")), new Paragraph(getTranslation("calendar.feed.text")),
                status, make, address);
        refresh();
    }

    private void refresh() {
        Optional<Instant> since = feeds.feedCreatedAt(community.id());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(java.time.ZoneId.systemDefault());
        status.setText(since.map(at -> getTranslation("calendar.feed.since", format.format(at)))
                .orElseGet(() -> getTranslation("calendar.feed.none")));
        make.setText(getTranslation(since.isPresent() ? "calendar.feed.regenerate" : "calendar.feed.make"));
    }

    private void regenerate() {
        if (feeds.feedCreatedAt(community.id()).isEmpty()) {
            makeAddress();
            return;
        }
        Confirm.danger(getTranslation("calendar.feed.regenerate"), getTranslation("calendar.feed.regenerateText"),
                getTranslation("calendar.feed.regenerate"), this::makeAddress);
    }

    private void makeAddress() {
        String token = feeds.regenerate(community.id());
        address.setValue(baseUrl() + "/" + FeedAddress.path(token));
        address.setVisible(true);
        refresh();
        Notifications.success(getTranslation("calendar.feed.made"));
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build().toUriString();
    }
}

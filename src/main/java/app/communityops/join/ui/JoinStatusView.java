package app.communityops.join.ui;

import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinPublicService;
import app.communityops.join.PublicStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An applicant's status link (/join/status/{token}): waiting, not approved, or approved with the QR code of a group
 * with room. Opening it is what hands out a seat, so the count of a group is of those who got its code.
 */
@Route(value = JoinNavigation.STATUS_ROUTE, autoLayout = false)
@AnonymousAllowed
public class JoinStatusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final JoinPublicService join;
    private String token = "";
    private String title = "";
    private Locale locale = Locale.ENGLISH;

    JoinStatusView(JoinPublicService join) {
        this.join = join;
        setId("join-status-view");
        PublicPage.background(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        locale = PublicPage.language(event);
        boolean fresh = !event.getLocation().getQueryParameters().getParameters().getOrDefault("new", List.of())
                .isEmpty();
        removeAll();
        Div card = PublicPage.card("join-status");
        card.add(PublicPage.switcher(JoinNavigation.statusPath(token), locale));
        Optional<PublicStatus> status = join.status(token);
        if (status.isEmpty()) {
            title = getTranslation("join.status.unknownTitle");
            card.add(PublicPage.heading(title), new Paragraph(getTranslation("join.status.unknown")));
        } else {
            title = status.get().communityName();
            render(card, status.get(), fresh);
        }
        add(card);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(Div card, PublicStatus status, boolean fresh) {
        H1 heading = PublicPage.heading(status.communityName());
        Paragraph state = new Paragraph(getTranslation("join.status." + status.outcome().name()));
        state.setId("join-status-outcome");
        state.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        card.add(heading, state);
        if (fresh) {
            card.add(note("join-status-keep", getTranslation("join.status.keepLink")));
            // The address the applicant keeps is the link without the "just filed" mark, so the note shows once.
            // Right before the answer goes out, after the router has set the address it navigated to.
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.beforeClientResponse(this, context -> ui.getPage().getHistory().replaceState(null,
                        JoinNavigation.statusPath(token) + "?" + PublicPage.LANG + "=" + locale.toLanguageTag()));
            }
        }
        if (status.paymentToConfirm()) {
            card.add(note("join-status-payment", getTranslation("join.status.paymentToConfirm")));
        }
        if (status.outcome() == PublicStatus.Outcome.APPROVED) {
            card.add(status.hasGroupCode() ? groupCode(status) : note("join-status-no-group",
                    getTranslation("join.status.noGroup")));
        }
    }

    private Component groupCode(PublicStatus status) {
        JoinPublicService service = join;
        String link = token;
        Image qr = new Image(DownloadHandler.fromInputStream(event -> service.groupCode(link)
                .map(JoinView::response).orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("join.status.groupAlt"));
        qr.setId("join-status-group-qr");
        qr.getStyle().set("width", "100%").set("max-width", "320px").set("display", "block").set("margin", "0 auto");
        String until = status.groupCodeExpiresOn() == null ? ""
                : status.groupCodeExpiresOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale));
        Paragraph label = new Paragraph(getTranslation("join.status.group", status.groupCodeLabel(), until));
        label.setId("join-status-group");
        return new Div(note("join-status-scan", getTranslation("join.status.scan")), qr, label);
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return note;
    }
}

package app.communityops.notification.ui;

import app.communityops.notification.NotificationNavigation;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.UnsubscribeLimiter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the unsubscribe link of a message leads, without signing in. It asks first and acts on the button: mail
 * scanners open every link of a message, and must not unsubscribe anyone. Any link that names nothing gets the same
 * answer; too many tries from one address are told to wait.
 */
@Route(value = NotificationNavigation.UNSUBSCRIBE_ROUTE, autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationSettingsService settings;
    private final UnsubscribeLimiter limiter;
    private final Paragraph message = new Paragraph();
    private final Button confirm = new Button();
    private String token = "";

    UnsubscribeView(NotificationSettingsService settings, UnsubscribeLimiter limiter) {
        this.settings = settings;
        this.limiter = limiter;
        setId("unsubscribe-view");
        addClassName("unsubscribe-view");
        setAlignItems(Alignment.CENTER);
        H1 title = new H1(getTranslation("mail.unsubscribe.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        message.setId("unsubscribe-message");
        message.setText(getTranslation("mail.unsubscribe.ask"));
        confirm.setId("unsubscribe-confirm");
        confirm.setText(getTranslation("mail.unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> unsubscribe());
        Anchor manage = new Anchor(NotificationNavigation.SETTINGS_ROUTE, getTranslation("mail.unsubscribe.manage"));
        manage.setId("unsubscribe-manage");
        Div card = new Div(title, message, confirm, new Paragraph(manage));
        card.getStyle().set("max-width", "480px").set("width", "100%").set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-l)").set("background", "var(--lumo-base-color)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-s)").set("margin-top", "10vh");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.unsubscribe.title");
    }

    private void unsubscribe() {
        String address = Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> session.getBrowser().getAddress()).orElse("unknown");
        if (!limiter.allow(address)) {
            message.setText(getTranslation("mail.unsubscribe.tooMany"));
            return;
        }
        confirm.setVisible(false);
        settings.unsubscribe(token).ifPresentOrElse(done -> message.setText(done.topics().isEmpty()
                        ? getTranslation("mail.unsubscribe.alreadyOff")
                        : getTranslation("mail.unsubscribe.done", topics(done.topics()))),
                () -> message.setText(getTranslation("mail.unsubscribe.invalid")));
    }

    private String topics(List<NotificationTopic> topics) {
        return topics.stream().map(topic -> getTranslation("mail.topic." + topic.name()))
                .collect(Collectors.joining(getTranslation("mail.unsubscribe.separator")));
    }
}

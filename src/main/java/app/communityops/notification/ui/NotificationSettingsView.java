package app.communityops.notification.ui;

import app.communityops.notification.Delivery;
import app.communityops.notification.NotificationNavigation;
import app.communityops.notification.NotificationSettingsService;
import app.communityops.notification.TopicSetting;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the signed-in user gets each kind of notification: in the console only, also by email at once, or collected
 * in one email a day. Every choice is saved as it is made; a topic not chosen yet shows its role's default.
 */
@Route(NotificationNavigation.SETTINGS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationSettingsService settings;

    NotificationSettingsView(NotificationSettingsService settings) {
        this.settings = settings;
        setId("notification-settings-view");
        setMaxWidth("720px");
        add(new Paragraph(getTranslation("mail.settings.intro")));
        for (TopicSetting topic : settings.mine()) {
            add(topic(topic));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.settings.title");
    }

    private Div topic(TopicSetting setting) {
        String name = setting.topic().name();
        H3 title = new H3(getTranslation("mail.settings.topic." + name));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        Paragraph description = new Paragraph(getTranslation("mail.settings.about." + name));
        description.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>();
        choice.setId("delivery-" + name);
        choice.setAriaLabel(getTranslation("mail.settings.topic." + name));
        choice.setItems(Delivery.values());
        choice.setItemLabelGenerator(delivery -> getTranslation("mail.delivery." + delivery.name()));
        choice.setValue(setting.delivery());
        choice.setHelperText(setting.byDefault() ? getTranslation("mail.settings.default") : null);
        choice.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                settings.choose(setting.topic(), event.getValue());
                choice.setHelperText(null);
                Notifications.success(getTranslation("mail.settings.saved",
                        getTranslation("mail.settings.topic." + name),
                        getTranslation("mail.delivery." + event.getValue().name())));
            }
        });
        Div section = new Div(title, description, choice);
        section.setId("topic-" + name);
        return section;
    }
}

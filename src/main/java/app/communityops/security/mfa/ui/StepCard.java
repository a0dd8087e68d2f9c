package app.communityops.security.mfa.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The sign-in card of the code and enrolment steps, matching the sign-in page. */
final class StepCard extends Div {

    /** The step pages' own layout: the sign-in page's look, the card centred. */
    static void layOutPage(VerticalLayout page) {
        page.addClassName("login-view");
        page.setSizeFull();
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        // Centred, but a card taller than a phone's screen starts at the top and scrolls rather than being cut off.
        page.getStyle().set("justify-content", "safe center").set("overflow-y", "auto").set("overflow-x", "hidden");
    }

    private final Paragraph notice = new Paragraph();

    StepCard(String title, String explanation) {
        addClassNames("login-card", "mfa-step-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        H2 heading = new H2(title);
        heading.addClassName("mfa-step-title");
        Paragraph text = new Paragraph(explanation);
        text.addClassName("login-tagline");
        notice.setId("mfa-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(brand, heading, text, notice);
    }

    void notice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    void addContent(Component... content) {
        add(content);
    }
}

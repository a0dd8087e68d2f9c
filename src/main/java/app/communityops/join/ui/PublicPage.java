package app.communityops.join.ui;

import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the two public pages share: the language (the {@code lang} query parameter, else the browser's), the switch
 * between the two, and a narrow card that reads well on a phone. Operators' texts go in only as text, so markup
 * typed into them shows as typed and never runs.
 */
final class PublicPage {

    static final String LANG = "lang";
    private static final String CHINESE_TAG = "zh-CN";
    private static final String ENGLISH_TAG = "en";

    private PublicPage() {
    }

    /** Chooses the page's language and sets it on the UI, before anything is rendered. */
    static Locale language(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(LANG, List.of());
        Locale locale = asked.isEmpty()
                ? FeatureBundlesI18NProvider.supported(Optional.ofNullable(VaadinRequest.getCurrent())
                        .map(VaadinRequest::getLocale).orElse(Locale.ENGLISH))
                : FeatureBundlesI18NProvider.supported(Locale.forLanguageTag(asked.getFirst()));
        event.getUI().setLocale(locale);
        return locale;
    }

    /** The page's own background, full height, for a view that stands without the console's layout. */
    static void background(VerticalLayout view) {
        view.setPadding(false);
        view.getStyle().set("background", "var(--lumo-contrast-5pct)").set("min-height", "100vh");
    }

    /** The community's name (or the page's title) as the card's heading. */
    static H1 heading(String text) {
        H1 heading = new H1(text);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        return heading;
    }

    /** The language switch: the same address in the other language. */
    static Component switcher(String path, Locale current) {
        boolean chinese = "zh".equals(current.getLanguage());
        Anchor other = new Anchor(path + "?" + QueryParameters.of(LANG, chinese ? ENGLISH_TAG : CHINESE_TAG)
                .getQueryString(), chinese ? "English" : "中文");
        other.setId("join-language");
        other.getElement().setAttribute("router-ignore", true);
        other.getElement().setAttribute("lang", chinese ? ENGLISH_TAG : CHINESE_TAG);
        Div bar = new Div(other);
        bar.getStyle().set("text-align", "right").set("font-size", "var(--lumo-font-size-s)");
        return bar;
    }

    /** The narrow, centred card the page is laid out in. */
    static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.getStyle().set("max-width", "480px").set("width", "100%").set("box-sizing", "border-box")
                .set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return card;
    }

    /** A section of operator text under a heading; nothing when the text is blank. */
    static @Nullable Component section(String id, String heading, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Div section = new Div(new H2(heading), text(id, text));
        section.getChildren().findFirst().ifPresent(title -> ((H2) title).getStyle()
                .set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0"));
        return section;
    }

    /** Operator text as text, line breaks kept. */
    static Paragraph text(String id, String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.setId(id);
        paragraph.setText(text);
        paragraph.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        return paragraph;
    }

    static String translation(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}

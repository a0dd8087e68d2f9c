package app.communityops.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/** Which colour means which kind of entry, for the kinds on screen. */
class Legend extends Div {

    Legend() {
        setId("calendar-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /** Category key to its translated name. */
    void show(Map<String, String> categories) {
        removeAll();
        categories.forEach((key, label) -> {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                    .set("border-radius", "2px").set("margin-inline-end", "0.3em")
                    .set("background", CategoryColours.of(key));
            Span item = new Span(swatch, new Span(label));
            item.setId("legend-" + key.replaceAll("[^A-Za-z0-9_-]", "-"));
            add(item);
        });
    }
}

package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a browser makes of the parts of the page written as markup (the KPI cards, the dashboard's summary): each
 * one's markup parsed the way a browser parses it, so that tests read the names, values, statuses and changes a
 * person and a screen reader get.
 */
final class CardMarkup {

    private CardMarkup() {
    }

    /** The element with this id inside any markup on the page. */
    static Optional<Element> find(String id) {
        for (Component holder : _find(Component.class)) {
            String html = holder.getElement().getProperty("innerHTML");
            Element found = html == null ? null : Jsoup.parseBodyFragment(html).getElementById(id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    static Element get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("No element #" + id + " in the page's markup"));
    }

    /** What a person reads in a component written as markup. */
    static String text(Component holder) {
        return Jsoup.parseBodyFragment(holder.getElement().getProperty("innerHTML", "")).text();
    }

    /** The card's inside as the browser's DOM. */
    static Element parse(KpiCard card) {
        return Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML")).body();
    }
}

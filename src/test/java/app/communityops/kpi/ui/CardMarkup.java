package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a browser makes of the KPI cards on the current page: each card's markup parsed the way a browser parses it,
 * so that tests read the names, values, statuses and changes a person and a screen reader get.
 */
final class CardMarkup {

    private CardMarkup() {
    }

    /** The element with this id inside any KPI card on the page. */
    static Optional<Element> find(String id) {
        for (KpiCard card : _find(KpiCard.class)) {
            Element found = parse(card).getElementById(id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    static Element get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("No element #" + id + " in any KPI card"));
    }

    /** The card's inside as the browser's DOM. */
    static Element parse(KpiCard card) {
        return Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML")).body();
    }
}

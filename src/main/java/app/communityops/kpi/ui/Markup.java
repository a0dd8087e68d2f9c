package app.communityops.kpi.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.web.util.HtmlUtils;

/**
 * Static parts of the dashboards written as markup inside one server-side element, where building them from
 * components would keep a state-tree node for every element and every text in each signed-in user's UI for content
 * that never changes while it is shown. Every text and attribute value goes through {@link #escape}.
 */
final class Markup {

    private Markup() {
    }

    /** Text as HTML that shows it as it is, in an element's content or a quoted attribute value. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** An empty state's icon (a Vaadin icon's name) and lines, as the {@code empty-state} style expects them. */
    static void emptyState(Div holder, String icon, String... lines) {
        StringBuilder html = new StringBuilder("<vaadin-icon icon=\"vaadin:").append(escape(icon))
                .append("\" class=\"empty-icon\" style=\"width: 48px; height: 48px;\"></vaadin-icon>");
        for (String line : lines) {
            html.append("<span>").append(escape(line)).append("</span>");
        }
        holder.getElement().setProperty("innerHTML", html.toString());
    }
}

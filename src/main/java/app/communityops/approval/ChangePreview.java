package app.communityops.approval;

import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The preview of a change of wording as approvers see it: what goes struck out, what comes in highlighted, marked up
 * as deleted and inserted text so that it reads the same in any language (decision 0040).
 */
public final class ChangePreview {

    private static final String BEFORE_STYLE = "background: var(--lumo-error-color-10pct); padding: 0.25em 0.5em; "
            + "border-radius: 4px; white-space: pre-wrap";
    private static final String AFTER_STYLE = "background: var(--lumo-success-color-10pct); padding: 0.25em 0.5em; "
            + "border-radius: 4px; white-space: pre-wrap";

    private ChangePreview() {
    }

    /**
     * Safe HTML of a change: {@code before} null for something new, {@code after} null for something that goes.
     *
     * @param cssClass the class of the outer element, naming the kind of change
     */
    public static String html(String cssClass, @Nullable String before, @Nullable String after) {
        StringBuilder html = new StringBuilder("<div class=\"").append(Entities.escape(cssClass)).append("\">");
        if (before != null) {
            html.append("<p style=\"" + BEFORE_STYLE + "\">− <del>").append(Entities.escape(before))
                    .append("</del></p>");
        }
        if (after != null) {
            html.append("<p style=\"" + AFTER_STYLE + "\">+ <ins>").append(Entities.escape(after))
                    .append("</ins></p>");
        }
        return html.append("</div>").toString();
    }
}

package app.communityops.content.ui;

import app.communityops.content.SafeMarkdown;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;

/** A content body as readers see it: Markdown rendered safely, or plain text with its line breaks. */
final class BodyView {

    private BodyView() {
    }

    static Component of(String body, boolean markdown) {
        if (markdown) {
            Html html = new Html(SafeMarkdown.render(body));
            html.addClassName("content-body");
            return html;
        }
        Div text = new Div();
        text.setText(body);
        text.addClassName("content-body");
        text.getStyle().set("white-space", "pre-wrap");
        return text;
    }
}

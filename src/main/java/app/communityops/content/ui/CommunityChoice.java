package app.communityops.content.ui;

import app.communityops.community.CommunitySummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a menu entry of the content area shows: straight to the community's page when the user sees one, a
 * choice when several, and an explanation when none.
 */
final class CommunityChoice {

    private CommunityChoice() {
    }

    static void show(VerticalLayout view, BeforeEnterEvent event, List<CommunitySummary> visible, String idPrefix,
                     Function<UUID, String> path) {
        if (visible.size() == 1) {
            event.forwardTo(path.apply(visible.getFirst().id()));
            return;
        }
        view.removeAll();
        if (visible.isEmpty()) {
            var icon = VaadinIcon.BOOK.create();
            icon.setSize("48px");
            icon.addClassName("empty-icon");
            Div empty = new Div(icon, new Span(view.getTranslation("content.entry.none")));
            empty.setId(idPrefix + "-entry-empty");
            empty.addClassName("empty-state");
            view.add(empty);
            return;
        }
        view.add(new H2(view.getTranslation("content.entry.choose")));
        Div list = new Div();
        list.setId(idPrefix + "-entry-communities");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (CommunitySummary community : visible) {
            Anchor link = new Anchor(path.apply(community.id()), community.name());
            link.setId(idPrefix + "-of-" + community.id());
            list.add(link);
        }
        view.add(list);
    }
}

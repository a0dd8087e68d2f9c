package app.communityops.kpi.ui;

import app.communityops.notification.WaitingForClient;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The client's "What's new": one line per kind of thing waiting for them (reports to read, items to approve), each
 * with its count and a link to the list, as the features contribute them ({@link WaitingForClient} beans).
 */
class WhatsNewPanel extends Div {

    WhatsNewPanel(List<WaitingForClient> contributions) {
        setId("whats-new");
        addClassName("whats-new");
        add(new H3(getTranslation("dashboard.whatsNew.title")));
        List<WaitingForClient.WaitingEntry> entries = contributions.stream()
                .flatMap(contribution -> contribution.waitingForMe().stream())
                .filter(entry -> entry.count() > 0).toList();
        if (entries.isEmpty()) {
            Span none = new Span(getTranslation("dashboard.whatsNew.empty"));
            none.setId("whats-new-empty");
            none.addClassName("dashboard-hint");
            add(none);
            return;
        }
        Div list = new Div();
        list.addClassName("whats-new-list");
        for (WaitingForClient.WaitingEntry entry : entries) {
            // The label carries the count ("Reports to read: 2"), as each feature words it.
            Anchor line = new Anchor(entry.route(), getTranslation(entry.labelKey(), entry.count()));
            line.setId("whats-new-" + entry.labelKey().replace('.', '-'));
            line.addClassName("whats-new-entry");
            list.add(line);
        }
        add(list);
    }
}

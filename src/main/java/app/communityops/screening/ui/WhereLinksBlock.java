package app.communityops.screening.ui;

import app.communityops.screening.JoinLinkCounts.Row;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Under Where: what each join link brought in the twelve months the member flow counts, and the share of those
 * months' joins that came through a link, so an operator sees which campaign of a channel works.
 */
class WhereLinksBlock extends Div {

    WhereLinksBlock(List<Row> rows, int joins) {
        setId("custom-where-links");
        H4 title = new H4(getTranslation("screening.custom.where.links.title"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0");
        add(title);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("screening.custom.where.links.none"));
            empty.setId("custom-where-links-empty");
            empty.addClassName("area-empty");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("custom-where-links-rows");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ListItem item = new ListItem(getTranslation("screening.custom.where.links.row", label(row),
                    row.applications(), row.approved(), row.joined()));
            item.setId("custom-where-link-" + i);
            list.add(item);
        }
        // Capped: a link's join and the member flow's are recorded apart, and a share above all joins means nothing.
        long throughLinks = Math.min(rows.stream().mapToLong(Row::joined).sum(), joins);
        Paragraph share = new Paragraph(joins == 0 ? getTranslation("screening.custom.where.links.noJoins")
                : getTranslation("screening.custom.where.links.share", throughLinks, joins,
                ScreeningLabels.percent(OptionalDouble.of((double) throughLinks / joins))));
        share.setId("custom-where-links-share");
        add(list, share);
    }

    private String label(Row row) {
        String name = String.join(" · ", Stream.of(row.campaign(), row.channelName())
                .filter(part -> part != null && !part.isBlank()).map(String.class::cast).toList());
        return row.archived() ? getTranslation("screening.custom.where.links.archived", name) : name;
    }
}

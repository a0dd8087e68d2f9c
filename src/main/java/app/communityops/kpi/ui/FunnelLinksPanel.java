package app.communityops.kpi.ui;

import app.communityops.join.JoinLinkFigures;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The acquire step per join link: applications, approvals and joins of the period through each link, and the share
 * of the funnel's joins that came through one, so the channel bars above split into campaigns.
 */
class FunnelLinksPanel extends Div {

    private final Grid<JoinLinkFigures.Link> links = new Grid<>();
    private final Paragraph share = new Paragraph();
    private final Paragraph empty = new Paragraph();

    FunnelLinksPanel() {
        setId("dashboard-funnel-links-panel");
        links.setId("dashboard-funnel-links");
        links.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        links.addColumn(this::label).setKey("link").setHeader(getTranslation("dashboard.funnel.links.link"))
                .setFlexGrow(2);
        links.addColumn(link -> Objects.requireNonNullElse(link.channelName(), DashboardFormat.NONE))
                .setKey("channel").setHeader(getTranslation("dashboard.funnel.channel")).setFlexGrow(1);
        links.addColumn(link -> Long.toString(link.applications())).setKey("applied")
                .setHeader(getTranslation("dashboard.funnel.stage.APPLIED")).setAutoWidth(true);
        links.addColumn(link -> Long.toString(link.approved())).setKey("approved")
                .setHeader(getTranslation("dashboard.funnel.links.approved")).setAutoWidth(true);
        links.addColumn(link -> Long.toString(link.joined())).setKey("joined")
                .setHeader(getTranslation("dashboard.funnel.stage.JOINED")).setAutoWidth(true);
        links.setAllRowsVisible(true);
        share.setId("dashboard-funnel-links-share");
        empty.setId("dashboard-funnel-links-empty");
        empty.setText(getTranslation("dashboard.funnel.links.none"));
        Div holder = new Div(links);
        holder.addClassName("dashboard-table-scroll");
        add(new H4(getTranslation("dashboard.funnel.links.title")), holder, share, empty);
    }

    /** {@code joins}: the funnel's joined step, of which the links' share is given. */
    void show(JoinLinkFigures figures, long joins) {
        links.setItems(figures.links());
        links.setVisible(!figures.isEmpty());
        empty.setVisible(figures.isEmpty());
        share.setVisible(!figures.isEmpty());
        BigDecimal percent = figures.shareOf(joins);
        share.setText(percent == null ? getTranslation("dashboard.funnel.links.noJoins")
                : getTranslation("dashboard.funnel.links.share", Math.min(figures.joined(), joins), joins,
                DashboardFormat.change(this, percent).replace("+", "")));
    }

    private String label(JoinLinkFigures.Link link) {
        String campaign = Objects.requireNonNullElse(link.campaign(), DashboardFormat.NONE);
        return link.archived() ? getTranslation("dashboard.funnel.links.archived", campaign) : campaign;
    }
}

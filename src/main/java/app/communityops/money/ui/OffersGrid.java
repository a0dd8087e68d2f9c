package app.communityops.money.ui;

import app.communityops.money.OfferSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Offers with their price, status and what they sold (orders not fully refunded, net revenue per currency). */
class OffersGrid extends Grid<OfferSummary> {

    OffersGrid(String id) {
        setId(id);
        addComponentColumn(offer -> {
            var hit = VaadinIcon.FIRE.create();
            hit.setVisible(offer.hitProduct());
            hit.setTooltipText(getTranslation("money.offer.hitProduct"));
            hit.setSize("var(--lumo-icon-size-s)");
            return hit;
        }).setKey("hit").setWidth("3rem").setFlexGrow(0);
        addColumn(OfferSummary::name).setKey("name").setHeader(getTranslation("money.offer.name")).setFlexGrow(2);
        addColumn(offer -> getTranslation("money.offer.type." + offer.type().name())).setKey("type")
                .setHeader(getTranslation("money.offer.type")).setAutoWidth(true);
        addColumn(offer -> MoneyLabels.amount(offer.currency(), offer.price())).setKey("price")
                .setHeader(getTranslation("money.offer.price")).setAutoWidth(true);
        addComponentColumn(offer -> MoneyLabels.offerStatus(this, offer.status())).setKey("status")
                .setHeader(getTranslation("money.offer.status")).setAutoWidth(true);
        addColumn(OfferSummary::orders).setKey("orders").setHeader(getTranslation("money.offer.orders"))
                .setAutoWidth(true).setTooltipGenerator(offer -> getTranslation("money.offer.ordersHelp"));
        addColumn(offer -> MoneyLabels.amounts(offer.revenue())).setKey("revenue")
                .setHeader(getTranslation("money.figures.revenue")).setFlexGrow(2)
                .setTooltipGenerator(offer -> getTranslation("money.offer.ordersHelp"));
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("money.offer.empty"));
    }
}

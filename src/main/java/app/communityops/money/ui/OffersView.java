package app.communityops.money.ui;

import app.communityops.community.CommunityService;
import app.communityops.money.MoneyNavigation;
import app.communityops.money.OfferService;
import app.communityops.money.OfferSummary;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/** The tenant's offers the user may see, with orders and net revenue per currency in the user's communities. */
@Route(MoneyNavigation.OFFERS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "money.offers.title", order = 10, icon = "PACKAGE")
@NavGroup(NavArea.MONEY)
class OffersView extends VerticalLayout implements HasDynamicTitle {

    private final OfferService offers;
    private final CommunityService communities;
    private final TenantZone zones;
    private final OffersGrid grid = new OffersGrid("offers-grid");
    private final Div empty = new Div();

    OffersView(OfferService offers, CommunityService communities, TenantZone zones) {
        this.offers = offers;
        this.communities = communities;
        this.zones = zones;
        setId("offers-view");
        setSizeFull();
        Button create = new Button(getTranslation("money.offer.new"), VaadinIcon.PLUS.create(), event -> open(null));
        create.setId("new-offer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addItemClickListener(event -> open(event.getItem()));
        empty.setId("offers-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.PACKAGE.create();
        icon.setSize("48px");
        empty.add(icon, new Span(getTranslation("money.offer.empty")));
        add(create, grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("money.offers.title");
    }

    private void open(@org.jspecify.annotations.Nullable OfferSummary offer) {
        new OfferDialog(offers, zones.current(), communities.visible(), offer, Set.of(), this::refresh).open();
    }

    private void refresh() {
        List<OfferSummary> listed = offers.list();
        grid.setItems(listed);
        grid.setVisible(!listed.isEmpty());
        empty.setVisible(listed.isEmpty());
    }
}

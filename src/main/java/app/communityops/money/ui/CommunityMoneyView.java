package app.communityops.money.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.money.CommissionService;
import app.communityops.money.MoneyFiguresService;
import app.communityops.money.MoneyNavigation;
import app.communityops.money.OfferService;
import app.communityops.money.OrderService;
import app.communityops.money.OrderStatus;
import app.communityops.money.OrderSummary;
import app.communityops.money.io.MoneyIoNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's money page: its figures for a period, its offers with what they sold, and (for staff) its
 * orders with refunds and reviews. Client users see the figures and offers only.
 */
@Route(MoneyNavigation.COMMUNITY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class CommunityMoneyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final OfferService offers;
    private final OrderService orders;
    private final MoneyFiguresService figures;
    private final CommissionService commissions;
    private final TenantZone zones;
    private final OffersGrid offersGrid = new OffersGrid("community-offers-grid");
    private final Grid<OrderSummary> ordersGrid = new Grid<>();
    private final Anchor exportOrders = new Anchor();
    private @Nullable CommunitySummary community;
    private @Nullable FiguresPanel figuresPanel;
    private ZoneId zone = ZoneId.systemDefault();

    CommunityMoneyView(CommunityService communities, OfferService offers, OrderService orders,
                       MoneyFiguresService figures, CommissionService commissions, TenantZone zones) {
        this.communities = communities;
        this.offers = offers;
        this.orders = orders;
        this.figures = figures;
        this.commissions = commissions;
        this.zones = zones;
        setId("community-money-view");
        configureOrders();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary shown = CommunityPage.readable(event, communities);
        community = shown;
        zone = zones.current();
        boolean staff = !CurrentUser.require().hasRole(Roles.CLIENT);
        removeAll();
        figuresPanel = new FiguresPanel((from, to) -> figures.community(shown.id(), from, to), figures.today());
        if (staff) {
            figuresPanel.addToPeriodBar(exportLink(shown), (from, to) -> exportOrders.setHref(
                    MoneyIoNavigation.exportPath(shown.id(), from, to)));
        }
        add(new H2(shown.name()), new H3(getTranslation("money.figures.title")), figuresPanel,
                new H3(getTranslation("money.offers.title")));
        if (staff) {
            Button newOffer = new Button(getTranslation("money.offer.new"), VaadinIcon.PLUS.create(),
                    click -> new OfferDialog(offers, zone, communities.visible(), null, Set.of(shown.id()), this::refresh)
                            .open());
            newOffer.setId("community-new-offer");
            offersGrid.addItemClickListener(click -> new OfferDialog(offers, zone, communities.visible(), click.getItem(),
                    Set.of(), this::refresh).open());
            add(newOffer);
        }
        add(offersGrid);
        if (staff) {
            Button newOrder = new Button(getTranslation("money.order.new"), VaadinIcon.CART.create(),
                    click -> new OrderDialog(orders, shown.id(), offers.forCommunity(shown.id()),
                            commissions.partnerChoices(), zone, this::refresh).open());
            newOrder.setId("new-order");
            newOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Anchor importOrders = new Anchor(MoneyIoNavigation.importPath(shown.id()), getTranslation("money.io.open"));
            importOrders.setId("import-orders");
            add(new H3(getTranslation("money.orders.title")), new HorizontalLayout(newOrder, importOrders), ordersGrid);
            ordersGrid.setItems(query -> orders.list(id(), query.getOffset(), query.getLimit()).stream(),
                    query -> orders.count(id()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("money.community.title")
                : getTranslation("money.community.titleOf", community.name());
    }

    /** A download of the period's orders, so the browser fetches the file instead of the router. */
    private Anchor exportLink(CommunitySummary shown) {
        exportOrders.setId("export-orders");
        exportOrders.removeAll();
        exportOrders.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("money.export.link")));
        exportOrders.setTitle(getTranslation("money.export.help", shown.name()));
        exportOrders.setRouterIgnore(true);
        exportOrders.getElement().setAttribute("download", true);
        return exportOrders;
    }

    private void configureOrders() {
        ordersGrid.setId("orders-grid");
        ordersGrid.addColumn(order -> MoneyLabels.dateTime(order.paidAt(), zone)).setKey("paidAt")
                .setHeader(getTranslation("money.order.paidAt")).setAutoWidth(true);
        ordersGrid.addColumn(OrderSummary::memberName).setKey("member")
                .setHeader(getTranslation("money.order.member")).setFlexGrow(2);
        ordersGrid.addColumn(OrderSummary::offerName).setKey("offer").setHeader(getTranslation("money.order.offer"))
                .setFlexGrow(2);
        ordersGrid.addColumn(order -> MoneyLabels.amount(order.currency(), order.amount())).setKey("amount")
                .setHeader(getTranslation("money.order.amount")).setAutoWidth(true);
        ordersGrid.addColumn(order -> order.referrerName() == null ? "" : order.referrerName()).setKey("referrer")
                .setHeader(getTranslation("money.order.referrer")).setFlexGrow(1);
        ordersGrid.addComponentColumn(order -> MoneyLabels.orderStatus(this, order.status())).setKey("status")
                .setHeader(getTranslation("money.order.status")).setAutoWidth(true);
        ordersGrid.addColumn(order -> order.purchaseNumber() == null ? "–"
                : getTranslation(order.firstPurchase() ? "money.order.first" : "money.order.repeat",
                        order.purchaseNumber())).setKey("purchase")
                .setHeader(getTranslation("money.order.purchase")).setAutoWidth(true)
                .setTooltipGenerator(order -> getTranslation("money.order.purchaseHelp"));
        ordersGrid.addColumn(order -> order.rating() == null ? "" : "★".repeat(order.rating())).setKey("rating")
                .setHeader(getTranslation("money.review.rating")).setAutoWidth(true);
        ordersGrid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        ordersGrid.setAllRowsVisible(true);
        ordersGrid.setEmptyStateComponent(emptyOrders());
    }

    private HorizontalLayout actions(OrderSummary order) {
        Button refund = new Button(getTranslation("money.refund.action"),
                click -> new RefundDialog(orders, order, this::refresh).open());
        refund.setId("refund-" + order.id());
        refund.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        refund.setEnabled(order.status() != OrderStatus.REFUNDED);
        Button review = new Button(getTranslation("money.review.action"),
                click -> new ReviewDialog(orders, order, this::refresh).open());
        review.setId("review-" + order.id());
        review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(refund, review);
    }

    private Div emptyOrders() {
        Div empty = new Div();
        empty.setId("orders-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.CART.create();
        icon.setSize("48px");
        empty.add(icon, new Span(getTranslation("money.orders.empty")));
        return empty;
    }

    private void refresh() {
        offersGrid.setItems(offers.forCommunity(id()));
        ordersGrid.getDataProvider().refreshAll();
        if (figuresPanel != null) {
            figuresPanel.refresh();
        }
    }

    private UUID id() {
        return Objects.requireNonNull(community).id();
    }
}

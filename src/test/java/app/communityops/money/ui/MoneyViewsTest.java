package app.communityops.money.ui;

import static app.communityops.money.MoneyTestData.daysAgo;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderSummary;
import app.communityops.money.PartnerSummary;
import app.communityops.security.ui.LoginView;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MoneyViewsTest extends KaribuTest {

    @Autowired MoneyTestData data;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : new String[] {"money/offers", "money/figures", "money/commissions"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void clientsMayNotOpenOffersOrCommissionsAndOperatorsNotCommissions() {
        login(tenant.clientUser());
        assertThatThrownBy(() -> UI.getCurrent().navigate("money/offers")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("money/commissions"))
                .isInstanceOf(MockAccessDeniedException.class);
        login(tenant.operator());
        assertThatThrownBy(() -> UI.getCurrent().navigate("money/commissions"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void communityMoneyRouteAccess() {
        assertCommunityPageGuarded(MoneyViewsTest::money, tenant);
        assertNotFound("communities/not-an-id/money", tenant.clientUser());
    }

    @Test
    void anOfferWithAZeroPriceIsRefusedBesideThePriceThenSaved() {
        login(tenant.operator());
        UI.getCurrent().navigate("money/offers");
        _get(Component.class, spec -> spec.withId("offers-empty"));
        _click(_get(Button.class, spec -> spec.withId("new-offer")));
        _get(TextField.class, spec -> spec.withId("offer-name")).setValue("Résumé review");
        BigDecimalField price = _get(BigDecimalField.class, spec -> spec.withId("offer-price"));
        price.setValue(BigDecimal.ZERO);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<app.communityops.community.CommunitySummary> where =
                _get(MultiSelectComboBox.class, spec -> spec.withId("offer-communities"));
        where.setValue(java.util.Set.copyOf(where.getListDataView().getItems().toList()));
        _click(_get(Button.class, spec -> spec.withId("offer-save")));
        assertThat(price.isInvalid()).isTrue();
        price.setValue(new BigDecimal("99.00"));
        _click(_get(Button.class, spec -> spec.withId("offer-save")));
        Grid<OfferSummary> grid = grid("offers-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "price")).isEqualTo("CNY 99.00");
        _assertNone(Component.class, spec -> spec.withId("offers-empty"));
    }

    @Test
    void staffSeeOrdersAndARefundAbovePaidIsRefusedBesideTheAmount() {
        OfferSummary course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "199", "CNY",
                tenant.communityId());
        UUID buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        OrderSummary order = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(1));
        login(tenant.operator());
        UI.getCurrent().navigate(money(tenant.communityId()));
        Grid<OrderSummary> orders = grid("orders-grid");
        assertThat(GridKt._getFormatted(orders, 0, "purchase")).isEqualTo("First purchase");
        assertThat(text("figure-orders")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid("community-offers-grid"), 0, "revenue")).isEqualTo("CNY 199.00");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(orders, 0,
                "actions");
        Button refund = (Button) actions.getComponentAt(0);
        assertThat(refund.getId()).contains("refund-" + order.id());
        refund.click();
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("refund-amount"));
        amount.setValue(new BigDecimal("250"));
        _click(_get(Button.class, spec -> spec.withId("refund-save")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("CNY 199.00");
        amount.setValue(new BigDecimal("199"));
        _click(_get(Button.class, spec -> spec.withId("refund-save")));
        assertThat(GridKt._getCellComponent(orders, 0, "status").getElement().getText()).isEqualTo("Refunded");
        assertThat(text("figure-refund")).startsWith("100.0%");
    }

    @Test
    void clientsSeeFiguresAndOffersButNoOrdersOrScripts() {
        OfferSummary course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "199", "CNY",
                tenant.communityId());
        UUID buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(1));
        login(tenant.clientUser());
        UI.getCurrent().navigate(money(tenant.communityId()));
        assertThat(text("figure-payingMembers")).isEqualTo("1");
        _assertNone(Grid.class, spec -> spec.withId("orders-grid"));
        _assertNone(Button.class, spec -> spec.withId("new-order"));
        UI.getCurrent().navigate("money/figures");
        assertThat(text("figure-orders")).isEqualTo("1");
        assertThat(_get(MoneyFiguresView.class).getPageTitle()).isEqualTo("Money figures");
    }

    @Test
    void adminsAddPartnersOnTheCommissionsScreen() {
        login(tenant.admin());
        UI.getCurrent().navigate("money/commissions");
        _get(TextField.class, spec -> spec.withId("partner-name")).setValue("Career Media");
        _click(_get(Button.class, spec -> spec.withId("partner-add")));
        Grid<PartnerSummary> partners = grid("partners-grid");
        assertThat(GridKt._findAll(partners)).extracting(PartnerSummary::name).containsExactly("Career Media");
        _get(Span.class, spec -> spec.withText("No commission owed in the last twelve months."));
    }

    @Test
    void staffGetAnOrdersExportLinkForThePickedPeriodAndClientsNone() {
        login(tenant.operator());
        UI.getCurrent().navigate(money(tenant.communityId()));
        com.vaadin.flow.component.html.Anchor export =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-orders"));
        var from = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("figures-from"));
        var to = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("figures-to"));
        assertThat(export.getHref()).isEqualTo("export/communities/" + tenant.communityId() + "/orders.csv?from="
                + from.getValue() + "&to=" + to.getValue());
        from.setValue(java.time.LocalDate.of(2026, 1, 1));
        to.setValue(java.time.LocalDate.of(2026, 1, 31));
        assertThat(export.getHref()).endsWith("/orders.csv?from=2026-01-01&to=2026-01-31");
        assertThat(export.getElement().hasAttribute("download")).isTrue();
        login(tenant.clientUser());
        UI.getCurrent().navigate(money(tenant.communityId()));
        _assertNone(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-orders"));
    }

    private static String money(UUID communityId) {
        return "communities/" + communityId + "/money";
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}

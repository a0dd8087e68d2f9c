package app.communityops.money.ui;

import static app.communityops.money.MoneyTestData.daysAgo;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.money.CommissionLine;
import app.communityops.money.CommissionService;
import app.communityops.money.CurrencyAmount;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferRate;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.PartnerForm;
import app.communityops.money.PartnerKind;
import app.communityops.money.PartnerSummary;
import app.communityops.shared.NotFoundException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferRatesViewTest extends KaribuTest {

    @Autowired MoneyTestData data;
    @Autowired CommissionService commissions;
    @Autowired TenantZone zones;
    @Autowired OrderService orders;

    Fixture tenant;
    OfferSummary course;
    UUID partner;

    @BeforeEach
    void partnerWithATypeRate() {
        tenant = tenants.create();
        course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "200", "CNY", tenant.communityId());
        data.offer(tenant.operator(), "Column", OfferType.PAID_KNOWLEDGE, "50", "CNY", tenant.communityId());
        partner = SignedIn.as(tenant.admin(), () -> {
            UUID id = commissions.createPartner(PartnerForm.of("Career Media", PartnerKind.ORGANISATION));
            commissions.setRate(id, OfferType.PAID_KNOWLEDGE, null, new BigDecimal("0.10"));
            return id;
        });
        UUID buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        OrderForm order = MoneyTestData.orderForm(buyer, course, "200", daysAgo(1));
        order.setReferrerPartnerId(partner);
        SignedIn.run(tenant.operator(), () -> orders.create(tenant.communityId(), order));
    }

    @Test
    void anAdminAddsChangesAndRemovesAnOffersOwnRateWhichWinsOverItsTypes() {
        login(tenant.admin());
        UI.getCurrent().navigate("money/commissions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("offer-rate-rule")).getText())
                .startsWith("An offer's own rate wins over its type's");
        Grid<OfferRate> rates = grid("offer-rates-grid");
        assertThat(_get(Button.class, spec -> spec.withId("offer-rate-set")).isEnabled()).isFalse();
        Grid<PartnerSummary> partners = grid("partners-grid");
        partners.select(GridKt._get(partners, 0));
        assertThat(GridKt._size(rates)).isZero();
        assertThat(owed()).isEqualTo("20.00");

        offer().setValue(offer().getListDataView().getItems().filter(o -> o.name().equals("Course")).findFirst()
                .orElseThrow());
        percent().setValue(new BigDecimal("25"));
        _click(_get(Button.class, spec -> spec.withId("offer-rate-set")));
        assertThat(GridKt._size(rates)).isEqualTo(1);
        assertThat(GridKt._getFormatted(rates, 0, "offer")).isEqualTo("Course");
        assertThat(GridKt._getFormatted(rates, 0, "rate")).isEqualTo("25%");
        assertThat(GridKt._getFormatted(rates, 0, "typeRate")).isEqualTo("10%");
        assertThat(GridKt._getFormatted(partners, 0, "rates")).contains("Course 25.00%");
        assertThat(owed()).as("the offer's own rate wins").isEqualTo("50.00");

        cellButton(rates, 0).click();
        assertThat(percent().getValue()).isEqualByComparingTo("25");
        percent().setValue(new BigDecimal("30"));
        _click(_get(Button.class, spec -> spec.withId("offer-rate-set")));
        assertThat(GridKt._size(rates)).isEqualTo(1);
        assertThat(GridKt._getFormatted(rates, 0, "rate")).isEqualTo("30%");
        assertThat(owed()).isEqualTo("60.00");

        ((Button) ((HorizontalLayout) GridKt._getCellComponent(rates, 0, "actions")).getComponentAt(1)).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(GridKt._size(rates)).isZero();
        assertThat(owed()).as("the type's rate applies again").isEqualTo("20.00");
    }

    @Test
    void aRateAboveAHundredPercentIsRefusedBesideTheRate() {
        login(tenant.admin());
        UI.getCurrent().navigate("money/commissions");
        Grid<PartnerSummary> partners = grid("partners-grid");
        partners.select(GridKt._get(partners, 0));
        offer().setValue(offer().getListDataView().getItems().findFirst().orElseThrow());
        percent().setValue(new BigDecimal("120"));
        _click(_get(Button.class, spec -> spec.withId("offer-rate-set")));
        assertThat(percent().isInvalid()).isTrue();
        assertThat(GridKt._size(grid("offer-rates-grid"))).isZero();
    }

    @Test
    void offerRatesAreTheAdminsOfTheirOwnTenantOnly() {
        SignedIn.run(tenant.admin(), () -> commissions.setRate(partner, null, course.id(), new BigDecimal("0.2")));
        Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> commissions.offerRates(partner)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(other.admin(), () -> commissions.removeOfferRate(partner, course.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> commissions.removeOfferRate(partner,
                course.id()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(SignedIn.as(tenant.admin(), () -> commissions.offerRates(partner))).extracting(OfferRate::rate)
                .containsExactly(new BigDecimal("0.2000"));
    }

    private String owed() {
        List<CommissionLine> lines = SignedIn.as(tenant.admin(), () -> {
            YearMonth now = YearMonth.now(zones.current());
            return commissions.owed(now.minusMonths(1), now);
        });
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().owed()).hasSize(1);
        CurrencyAmount amount = lines.getFirst().owed().getFirst();
        assertThat(amount.currency()).isEqualTo("CNY");
        return amount.amount().toPlainString();
    }

    private static Button cellButton(Grid<OfferRate> grid, int row) {
        return (Button) ((HorizontalLayout) GridKt._getCellComponent(grid, row, "actions")).getComponentAt(0);
    }

    @SuppressWarnings("unchecked")
    private static Select<OfferSummary> offer() {
        return _get(Select.class, spec -> spec.withId("offer-rate-offer"));
    }

    private static BigDecimalField percent() {
        return _get(BigDecimalField.class, spec -> spec.withId("offer-rate-percent"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}

package app.communityops.money.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.money.CommissionLine;
import app.communityops.money.CommissionService;
import app.communityops.money.CurrencyAmount;
import app.communityops.money.MemberChoice;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderSummary;
import app.communityops.money.PartnerChoice;
import app.communityops.money.PartnerForm;
import app.communityops.money.PartnerKind;
import app.communityops.money.ui.OrderDialog.ReferrerKind;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OrderReferrerViewTest extends KaribuTest {

    @Autowired MoneyTestData data;
    @Autowired CommissionService commissions;
    @Autowired TenantZone zones;

    Fixture tenant;
    OfferSummary course;
    UUID buyer;
    UUID partner;

    @BeforeEach
    void courseBuyerAndPartner() {
        tenant = tenants.create();
        course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "199", "CNY", tenant.communityId());
        buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        partner = SignedIn.as(tenant.admin(), () -> {
            UUID id = commissions.createPartner(PartnerForm.of("Career Media", PartnerKind.ORGANISATION));
            commissions.setRate(id, OfferType.PAID_KNOWLEDGE, null, new BigDecimal("0.10"));
            return id;
        });
    }

    @Test
    void anOrderAnOperatorEntersWithAPartnerReferrerCountsInThatPartnersCommission() {
        login(tenant.operator());
        openOrderDialog();
        referrerKind().setValue(ReferrerKind.PARTNER);
        ComboBox<PartnerChoice> partners = combo("order-referrer-partner");
        assertThat(partners.getListDataView().getItems().toList()).extracting(PartnerChoice::name)
                .containsExactly("Career Media");
        partners.setValue(partners.getListDataView().getItems().toList().getFirst());
        _click(_get(Button.class, spec -> spec.withId("order-save")));

        Grid<OrderSummary> orders = grid("orders-grid");
        assertThat(GridKt._getFormatted(orders, 0, "referrer")).isEqualTo("Career Media");
        List<CommissionLine> owed = SignedIn.as(tenant.admin(), () -> {
            YearMonth now = YearMonth.now(zones.current());
            return commissions.owed(now.minusMonths(1), now);
        });
        assertThat(owed).singleElement().satisfies(line -> {
            assertThat(line.partnerId()).isEqualTo(partner);
            assertThat(line.owed()).containsExactly(new CurrencyAmount("CNY", new BigDecimal("19.90")));
        });
    }

    @Test
    void aMemberReferrerIsPickedFromTheCommunityAndAMissingChoiceIsShownBesideThePicker() {
        UUID friend = data.joinedMember(tenant.operator(), tenant.communityId(), "friend");
        login(tenant.operator());
        openOrderDialog();
        referrerKind().setValue(ReferrerKind.MEMBER);
        ComboBox<MemberChoice> referrer = combo("order-referrer-member");
        _click(_get(Button.class, spec -> spec.withId("order-save")));
        assertThat(referrer.isInvalid()).isTrue();
        assertThat(referrer.getErrorMessage()).isEqualTo("Choose the referrer, or pick \"None\".");

        referrer.setValue(new MemberChoice(friend, "Member friend (friend)"));
        _click(_get(Button.class, spec -> spec.withId("order-save")));

        assertThat(GridKt._getFormatted(grid("orders-grid"), 0, "referrer")).isEqualTo("Member friend");
    }

    @Test
    void operatorsMayListPartnersToPickButNotManageThem() {
        assertThat(SignedIn.as(tenant.operator(), commissions::partnerChoices)).extracting(PartnerChoice::id)
                .containsExactly(partner);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), commissions::partners))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), commissions::partnerChoices))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.as(tenants.create().admin(), commissions::partnerChoices)).isEmpty();
    }

    private void openOrderDialog() {
        UI.getCurrent().navigate("communities/" + tenant.communityId() + "/money");
        _click(_get(Button.class, spec -> spec.withId("new-order")));
        combo("order-member").setValue(new MemberChoice(buyer, "Member buyer (buyer)"));
        @SuppressWarnings("unchecked")
        Select<OfferSummary> offer = _get(Select.class, spec -> spec.withId("order-offer"));
        offer.setValue(offer.getListDataView().getItems().filter(o -> o.id().equals(course.id())).findFirst()
                .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ReferrerKind> referrerKind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("order-referrer-kind"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}

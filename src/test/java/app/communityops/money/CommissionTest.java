package app.communityops.money;

import static app.communityops.money.OffersAndOrdersTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CommissionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OrderService orders;
    @Autowired CommissionService commissions;

    Fixture tenant;
    UUID partner;
    OfferSummary course;
    OfferSummary book;
    UUID buyer;
    YearMonth lastMonth;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        course = data.offer(tenant.admin(), "Course", OfferType.PAID_KNOWLEDGE, "200", "CNY", tenant.communityId());
        book = data.offer(tenant.admin(), "Workbook", OfferType.PAID_KNOWLEDGE, "50", "CNY", tenant.communityId());
        buyer = data.joinedMember(tenant.admin(), tenant.communityId(), "buyer");
        partner = SignedIn.as(tenant.admin(), () -> {
            UUID id = commissions.createPartner(PartnerForm.of("Career Media Ltd", PartnerKind.ORGANISATION));
            commissions.setRate(id, OfferType.PAID_KNOWLEDGE, null, new BigDecimal("0.10"));
            commissions.setRate(id, null, course.id(), new BigDecimal("0.25"));
            return id;
        });
        lastMonth = YearMonth.now(ZONE).minusMonths(1);
    }

    @Test
    void theOffersRateWinsOverItsTypesAndRefundsAreTakenOff() {
        OrderSummary big = referred(course, "200", lastMonth.atDay(3));
        referred(book, "50", lastMonth.atDay(4));
        SignedIn.run(tenant.admin(), () -> {
            // 25% of 200 + 10% of 50 = 55.00 last month; this month's refund of 40 takes 25% of it off this month.
            assertThat(commissions.owed(lastMonth, lastMonth)).singleElement().satisfies(line ->
                    assertThat(line.owed()).containsExactly(new CurrencyAmount("CNY", new BigDecimal("55.00"))));
            orders.refund(big.id(), new BigDecimal("40"), null);
            assertThat(commissions.owed(lastMonth.plusMonths(1), lastMonth.plusMonths(1))).singleElement()
                    .satisfies(line -> assertThat(line.owed())
                            .containsExactly(new CurrencyAmount("CNY", new BigDecimal("-10.00"))));
        });
    }

    @Test
    void aSettledMonthIsFrozen() {
        referred(course, "200", lastMonth.atDay(3));
        CommissionLine settled = SignedIn.as(tenant.admin(), () -> commissions.settle(partner, lastMonth));
        assertThat(settled.settled()).isTrue();
        assertThat(settled.settledBy()).isEqualTo(tenant.admin().displayName());
        assertThat(settled.owed()).containsExactly(new CurrencyAmount("CNY", new BigDecimal("50.00")));
        assertRefused(() -> referred(book, "50", lastMonth.atDay(5)), "money.commission.error.monthSettled", "paidAt");
        SignedIn.run(tenant.admin(), () -> {
            assertRefused(() -> commissions.settle(partner, lastMonth), "money.commission.error.alreadySettled",
                    "month");
            assertRefused(() -> commissions.settle(partner, YearMonth.now(ZONE)), "money.commission.error.monthOpen",
                    "month");
            commissions.setRate(partner, null, course.id(), new BigDecimal("0.5"));
            assertThat(commissions.owed(lastMonth, lastMonth)).singleElement().satisfies(line ->
                    assertThat(line.owed()).containsExactly(new CurrencyAmount("CNY", new BigDecimal("50.00"))));
        });
    }

    @Test
    void ratesOutsideZeroToOneAndNonAdminsAreRefused() {
        SignedIn.run(tenant.admin(), () -> {
            assertRefused(() -> commissions.setRate(partner, OfferType.GOODS, null, new BigDecimal("1.5")),
                    "money.commission.error.rate", "rate");
            assertRefused(() -> commissions.setRate(partner, OfferType.GOODS, course.id(), BigDecimal.ONE),
                    "money.commission.error.typeOrOffer", "offerId");
        });
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), commissions::partners))
                .isInstanceOf(AccessDeniedException.class);
        Fixture other = tenants.create();
        assertThat(SignedIn.as(other.admin(), commissions::partners)).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> commissions.settle(partner, lastMonth)))
                .isInstanceOf(app.communityops.shared.NotFoundException.class);
    }

    private OrderSummary referred(OfferSummary offer, String amount, LocalDate day) {
        OrderForm form = MoneyTestData.orderForm(buyer, offer, amount, day.atTime(11, 0));
        form.setReferrerPartnerId(partner);
        return SignedIn.as(tenant.admin(), () -> orders.create(tenant.communityId(), form));
    }
}

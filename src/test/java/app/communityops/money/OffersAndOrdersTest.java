package app.communityops.money;

import static app.communityops.money.MoneyTestData.daysAgo;
import static app.communityops.money.MoneyTestData.offerForm;
import static app.communityops.money.MoneyTestData.orderForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MembershipStatus;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.Combine;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OffersAndOrdersTest {

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OfferService offers;
    @Autowired OrderService orders;
    @Autowired ScreeningPolicyService policies;

    Fixture tenant;
    OfferSummary course;
    UUID buyer;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        course = data.offer(tenant.operator(), "Interview course", OfferType.PAID_KNOWLEDGE, "199.00", "CNY",
                tenant.communityId());
        buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
    }

    @Test
    void zeroOrNegativePricesAreRefusedBesideThePrice() {
        for (String price : List.of("0", "-5")) {
            OfferForm form = offerForm("Bad " + price, OfferType.GOODS, price, "CNY", tenant.communityId());
            assertRefused(() -> SignedIn.as(tenant.admin(), () -> offers.create(form)),
                    "money.offer.error.pricePositive", "price");
        }
        OfferForm currency = offerForm("Bad currency", OfferType.GOODS, "5", "XXY", tenant.communityId());
        assertRefused(() -> SignedIn.as(tenant.admin(), () -> offers.create(currency)), "money.error.currency",
                "currency");
    }

    @Test
    void anOfferIsSoldInManyCommunitiesAndNamesAreUniquePerTenant() {
        OfferSummary both = data.offer(tenant.admin(), "Mock interview", OfferType.SERVICE, "299", "CNY",
                tenant.communityId(), tenant.unassignedCommunityId());
        assertThat(both.communityIds()).containsExactlyInAnyOrder(tenant.communityId(), tenant.unassignedCommunityId());
        assertRefused(() -> data.offer(tenant.admin(), "mock INTERVIEW", OfferType.SERVICE, "1", "CNY",
                tenant.communityId()), "money.offer.error.nameTaken", "name");
        // The operator sees it through their community, but may not change it: it is also sold elsewhere.
        SignedIn.run(tenant.operator(), () -> {
            assertThat(offers.list()).extracting(OfferSummary::name).contains("Mock interview");
            assertThatThrownBy(() -> offers.update(both.id(), both.version(),
                    offerForm("Mock interview", OfferType.SERVICE, "1", "CNY", tenant.communityId())))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void updatesCheckTheVersionTheUserLoaded() {
        OfferForm form = OfferForm.of(course, null, null);
        form.setPrice(new BigDecimal("149.00"));
        OfferSummary changed = SignedIn.as(tenant.operator(), () -> offers.update(course.id(), course.version(), form));
        assertThat(changed.price()).isEqualByComparingTo("149.00");
        assertRefused(() -> SignedIn.as(tenant.operator(), () -> offers.update(course.id(), course.version(), form)),
                "error.concurrentEdit", null);
    }

    @Test
    void ordersForARetiredOfferOrOutsideTheSaleWindowAreRefused() {
        OfferForm retired = OfferForm.of(course, null, null);
        retired.setStatus(OfferStatus.RETIRED);
        OfferSummary gone = SignedIn.as(tenant.operator(), () -> offers.update(course.id(), course.version(), retired));
        assertRefused(() -> data.order(tenant.operator(), tenant.communityId(), buyer, gone, "199", daysAgo(1)),
                "money.order.error.offerNotOnSale", "offerId");

        OfferForm windowed = offerForm("Spring sale", OfferType.GOODS, "10", "CNY", tenant.communityId());
        windowed.setSaleFrom(LocalDate.now().minusDays(10));
        windowed.setSaleUntil(LocalDate.now().minusDays(5));
        OfferSummary sale = SignedIn.as(tenant.operator(), () -> offers.create(windowed));
        assertRefused(() -> data.order(tenant.operator(), tenant.communityId(), buyer, sale, "10", daysAgo(2)),
                "money.order.error.outsideWindow", "paidAt");
        assertThat(data.order(tenant.operator(), tenant.communityId(), buyer, sale, "10", daysAgo(7)).status())
                .isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aMemberOfAnotherCommunityOrAZeroAmountIsRefused() {
        UUID stranger = data.joinedMember(tenant.admin(), tenant.unassignedCommunityId(), "stranger");
        assertRefused(() -> data.order(tenant.operator(), tenant.communityId(), stranger, course, "199", daysAgo(1)),
                "money.order.error.memberUnknown", "memberId");
        assertRefused(() -> data.order(tenant.operator(), tenant.communityId(), buyer, course, "0", daysAgo(1)),
                "money.order.error.amountPositive", "amount");
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndSetTheStatus() {
        OrderSummary order = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199.00", daysAgo(3));
        assertThat(data.lifetime(tenant, buyer)).isEqualByComparingTo("199.00");
        SignedIn.run(tenant.operator(), () -> {
            assertThat(orders.refund(order.id(), new BigDecimal("50.00"), "late").status())
                    .isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertRefused(() -> orders.refund(order.id(), new BigDecimal("149.01"), null),
                    "money.refund.error.aboveRefundable", "amount");
            assertRefused(() -> orders.refund(order.id(), new BigDecimal("-1"), null),
                    "money.refund.error.positive", "amount");
            assertThat(orders.refund(order.id(), new BigDecimal("149.00"), null).status())
                    .isEqualTo(OrderStatus.REFUNDED);
        });
        assertThat(data.lifetime(tenant, buyer)).isEqualByComparingTo("0");
        assertThat(data.column(tenant, "select count(*) from money_refund where order_id = ?", Long.class,
                order.id())).containsExactly(2L);
    }

    @Test
    void firstPurchaseAndRepurchaseAreDerivedFromTheMembersPaidOrders() {
        OrderSummary first = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(9));
        OrderSummary second = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(5));
        OrderSummary third = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(2));
        SignedIn.run(tenant.operator(), () -> {
            assertThat(orders.find(first.id()).orElseThrow().firstPurchase()).isTrue();
            assertThat(orders.find(third.id()).orElseThrow().purchaseNumber()).isEqualTo(3);
            // A first order refunded in full bought nothing: the next one becomes the first purchase.
            orders.refund(first.id(), new BigDecimal("199"), null);
            assertThat(orders.find(first.id()).orElseThrow().purchaseNumber()).isNull();
            assertThat(orders.find(second.id()).orElseThrow().firstPurchase()).isTrue();
            assertThat(orders.list(tenant.communityId(), 0, 10)).extracting(OrderSummary::purchaseNumber)
                    .containsExactly(2, 1, null);
        });
    }

    @Test
    void otherCurrenciesDoNotChangeTheLifetimePurchaseAndRevenueStaysPerCurrency() {
        OfferSummary dollars = data.offer(tenant.operator(), "Expert call", OfferType.SERVICE, "50", "USD",
                tenant.communityId());
        data.order(tenant.operator(), tenant.communityId(), buyer, dollars, "50", daysAgo(1));
        data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(1));
        assertThat(data.lifetime(tenant, buyer)).isEqualByComparingTo("199");
        OrderForm euros = orderForm(buyer, dollars, "40", daysAgo(1));
        euros.setCurrency("EUR");
        SignedIn.run(tenant.operator(), () -> orders.create(tenant.communityId(), euros));
        OfferSummary listed = SignedIn.as(tenant.operator(), () -> offers.forCommunity(tenant.communityId())).stream()
                .filter(offer -> offer.id().equals(dollars.id())).findFirst().orElseThrow();
        assertThat(listed.orders()).isEqualTo(2);
        assertThat(listed.revenue()).extracting(CurrencyAmount::currency).containsExactly("EUR", "USD");
    }

    @Test
    void aReviewMustComeFromTheBuyer() {
        UUID other = data.joinedMember(tenant.operator(), tenant.communityId(), "other");
        OrderSummary order = data.order(tenant.operator(), tenant.communityId(), buyer, course, "199", daysAgo(1));
        SignedIn.run(tenant.operator(), () -> {
            assertRefused(() -> orders.review(order.id(), ReviewForm.of(other, 5, "great")),
                    "money.review.error.notTheirs", "memberId");
            assertThat(orders.review(order.id(), ReviewForm.of(buyer, 4, "useful")).rating()).isEqualTo(4);
            assertThat(orders.review(order.id(), ReviewForm.of(buyer, 2, "changed my mind")).rating()).isEqualTo(2);
        });
        assertThat(data.column(tenant, "select count(*) from money_review where order_id = ?", Long.class,
                order.id())).containsExactly(1L);
    }

    @Test
    void payingTheMembershipFeeIsThePaidEntryEvidence() {
        PolicyForm policy = new PolicyForm();
        policy.setCombine(Combine.ALL);
        policy.setPaidEntry(true);
        policy.setFee(new BigDecimal("19.90"));
        SignedIn.run(tenant.operator(), () -> policies.update(tenant.communityId(), -1, policy));
        UUID applicant = data.joinedMember(tenant.operator(), tenant.communityId(), "applicant");
        assertThat(data.column(tenant, "select status from membership where member_id = ?", String.class, applicant))
                .containsExactly(MembershipStatus.PENDING_REVIEW.name());
        OfferSummary fee = data.offer(tenant.operator(), "Entry fee", OfferType.MEMBERSHIP_FEE, "19.90", "CNY",
                tenant.communityId());
        OrderForm form = orderForm(applicant, fee, "19.90", daysAgo(1));
        form.setReference("WX-2026-0001");
        SignedIn.run(tenant.operator(), () -> orders.create(tenant.communityId(), form));
        assertThat(data.column(tenant, "select status || ' ' || payment_reference from membership where member_id = ?",
                String.class, applicant)).containsExactly("JOINED WX-2026-0001");
        assertThat(data.lifetime(tenant, applicant)).isEqualByComparingTo("19.90");
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
                              @org.jspecify.annotations.Nullable String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}

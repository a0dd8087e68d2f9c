package app.communityops.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hand-computed period (the tenant's zone is Asia/Shanghai): member A buys twice at the very first and very
 * last minute of the period, B once in USD and gets 10 back, C's only order is refunded in full; D left before
 * the period and E joined after it. An order at 00:00 the day after the period does not count.
 */
@IntegrationTest
class MoneyFiguresTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OrderService orders;
    @Autowired MoneyFiguresService figures;

    Fixture tenant;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        from = LocalDate.now(ZONE).minusDays(20);
        to = LocalDate.now(ZONE).minusDays(10);
        UUID community = tenant.communityId();
        OfferSummary course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "100", "CNY", community);
        OfferSummary call = data.offer(tenant.operator(), "Expert call", OfferType.SERVICE, "30", "USD", community);
        UUID a = member("a", from.minusDays(40), null);
        UUID b = member("b", from.minusDays(40), null);
        UUID c = member("c", from.plusDays(2), null);
        member("d", from.minusDays(40), from.minusDays(5));
        member("e", to.plusDays(3), null);

        OrderSummary first = data.order(tenant.operator(), community, a, course, "100", from.atStartOfDay());
        OrderSummary last = data.order(tenant.operator(), community, a, course, "50", to.atTime(23, 59));
        OrderSummary dollars = data.order(tenant.operator(), community, b, call, "30", from.plusDays(3).atTime(12, 0));
        data.order(tenant.operator(), community, b, course, "80", to.plusDays(1).atStartOfDay());
        OrderSummary refunded = data.order(tenant.operator(), community, c, course, "60", from.plusDays(4).atTime(9, 0));
        SignedIn.run(tenant.operator(), () -> {
            orders.refund(dollars.id(), new BigDecimal("10"), null);
            orders.refund(refunded.id(), new BigDecimal("60"), null);
            orders.review(first.id(), ReviewForm.of(a, 5, null));
            orders.review(last.id(), ReviewForm.of(a, 3, null));
            orders.review(dollars.id(), ReviewForm.of(b, 4, null));
            orders.review(refunded.id(), ReviewForm.of(c, 1, null));
        });
        reviewedOn(first, from.plusDays(1));
        reviewedOn(last, to);
        reviewedOn(dollars, from.plusDays(5));
        reviewedOn(refunded, to.plusDays(1));
    }

    @Test
    void countsAndRatesMatchTheHandComputedPeriod() {
        MoneyFigures shown = SignedIn.as(tenant.operator(), () -> figures.community(tenant.communityId(), from, to));
        assertThat(shown.orders()).isEqualTo(3);
        assertThat(shown.allOrders()).isEqualTo(4);
        assertThat(shown.payingMembers()).isEqualTo(2);
        assertThat(shown.firstPurchaseRate()).isEqualTo(new Rate(2, 3));
        assertThat(shown.repurchaseRate()).isEqualTo(new Rate(1, 2));
        assertThat(shown.positiveReviewRate()).isEqualTo(new Rate(2, 3));
        assertThat(shown.refundRate()).isEqualTo(new Rate(2, 4));
        assertThat(shown.refundRate().percent()).isEqualByComparingTo("50.0");
        assertThat(shown.firstPurchaseRate().percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void revenueIsPerStreamAndCurrencyAndNeverSummedAcrossCurrencies() {
        MoneyFigures shown = SignedIn.as(tenant.operator(), () -> figures.community(tenant.communityId(), from, to));
        assertThat(shown.revenue()).containsExactly(
                new StreamRevenue(OfferType.PAID_KNOWLEDGE, "CNY", new BigDecimal("150.00")),
                new StreamRevenue(OfferType.SERVICE, "USD", new BigDecimal("20.00")));
        assertThat(shown.currencies()).containsExactly(
                new CurrencyFigures("CNY", new BigDecimal("150.00"), new BigDecimal("60.00"), 1),
                new CurrencyFigures("USD", new BigDecimal("20.00"), new BigDecimal("10.00"), 1));
        assertThat(shown.currencies()).extracting(CurrencyFigures::arppu)
                .containsExactly(new BigDecimal("150.00"), new BigDecimal("20.00"));
    }

    @Test
    void periodEdgesFollowTheTenantsDays() {
        MoneyFigures lastDay = SignedIn.as(tenant.operator(), () -> figures.community(tenant.communityId(), to, to));
        assertThat(lastDay.orders()).as("23:59 on the last day is in").isEqualTo(1);
        MoneyFigures nextDay = SignedIn.as(tenant.operator(),
                () -> figures.community(tenant.communityId(), to.plusDays(1), to.plusDays(1)));
        assertThat(nextDay.orders()).as("00:00 the next day is the next day's").isEqualTo(1);
        assertThat(nextDay.currencies()).extracting(CurrencyFigures::netRevenue)
                .containsExactly(new BigDecimal("80.00"));
    }

    @Test
    void thePositiveThresholdIsATenantSetting() {
        SignedIn.run(tenant.admin(), () -> figures.setPositiveThreshold(5));
        MoneyFigures shown = SignedIn.as(tenant.operator(), () -> figures.community(tenant.communityId(), from, to));
        assertThat(shown.positiveThreshold()).isEqualTo(5);
        assertThat(shown.positiveReviewRate()).isEqualTo(new Rate(1, 3));
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> figures.setPositiveThreshold(3)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void emptyPeriodsHaveNoRatesAndClientsReadOnlyTheirCommunities() {
        MoneyFigures empty = SignedIn.as(tenant.clientUser(),
                () -> figures.community(tenant.communityId(), from.minusDays(90), from.minusDays(80)));
        assertThat(empty.orders()).isZero();
        assertThat(empty.repurchaseRate().percent()).isNull();
        assertThat(SignedIn.as(tenant.clientUser(), () -> figures.visibleCommunities(from, to)).orders()).isEqualTo(3);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> figures.community(tenant.otherClientCommunityId(), from, to)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(),
                () -> figures.community(tenant.communityId(), from, to))).isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(tenant.otherOperator(), () -> figures.visibleCommunities(from, to)).orders()).isZero();
    }

    private UUID member(String handle, LocalDate joined, LocalDate left) {
        UUID id = data.joinedMember(tenant.operator(), tenant.communityId(), handle);
        data.update(tenant, "update membership set joined_at = ?, left_at = ? where member_id = ?",
                Timestamp.from(joined.atStartOfDay(ZONE).toInstant()),
                left == null ? null : Timestamp.from(left.atStartOfDay(ZONE).toInstant()), id);
        return id;
    }

    private void reviewedOn(OrderSummary order, LocalDate day) {
        data.update(tenant, "update money_review set reviewed_at = ? where order_id = ?",
                Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant()), order.id());
    }
}

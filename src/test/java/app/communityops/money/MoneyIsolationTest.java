package app.communityops.money;

import static app.communityops.money.MoneyTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tenant B, other clients and unassigned operators try tenant A's money rows through the services and, for B,
 * through raw SQL under B's tenant setting.
 */
@IntegrationTest
class MoneyIsolationTest {

    private static final List<String> TABLES = List.of("offer", "offer_community", "money_order", "money_refund",
            "money_review", "money_setting", "partner", "commission_rate", "commission_settlement");

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OfferService offers;
    @Autowired OrderService orders;
    @Autowired MoneyFiguresService figures;
    @Autowired CommissionService commissions;

    Fixture a;
    Fixture b;
    OfferSummary offer;
    OrderSummary order;

    @BeforeEach
    void setUp() {
        a = tenants.create();
        b = tenants.create();
        offer = data.offer(a.operator(), "A's course", OfferType.PAID_KNOWLEDGE, "99", "CNY", a.communityId());
        UUID buyer = data.joinedMember(a.operator(), a.communityId(), "buyer");
        UUID partner = SignedIn.as(a.admin(), () -> {
            UUID id = commissions.createPartner(PartnerForm.of("A's partner", PartnerKind.PERSON));
            commissions.setRate(id, OfferType.PAID_KNOWLEDGE, null, new BigDecimal("0.1"));
            return id;
        });
        java.time.LocalDate previousMonth = java.time.LocalDate.now().minusMonths(1).withDayOfMonth(10);
        OrderForm referred = MoneyTestData.orderForm(buyer, offer, "99", previousMonth.atTime(10, 0));
        referred.setReferrerPartnerId(partner);
        order = SignedIn.as(a.operator(), () -> orders.create(a.communityId(), referred));
        SignedIn.run(a.admin(), () -> commissions.settle(partner, java.time.YearMonth.from(previousMonth)));
        SignedIn.run(a.operator(), () -> {
            orders.refund(order.id(), new BigDecimal("9"), null);
            orders.review(order.id(), ReviewForm.of(buyer, 5, "good"));
        });
        SignedIn.run(a.admin(), () -> figures.setPositiveThreshold(4));
    }

    @Test
    void anotherTenantsServicesFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(offers.find(offer.id())).isEmpty();
            assertThat(offers.list()).isEmpty();
            assertThat(orders.find(order.id())).isEmpty();
            assertThatThrownBy(() -> offers.forCommunity(a.communityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.list(a.communityId(), 0, 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.refund(order.id(), BigDecimal.ONE, null))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.review(order.id(), ReviewForm.of(order.memberId(), 1, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> offers.update(offer.id(), offer.version(), OfferForm.of(offer, null, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(figures.visibleCommunities(java.time.LocalDate.now().minusDays(30),
                    java.time.LocalDate.now()).allOrders()).isZero();
        });
    }

    @Test
    void rawSqlUnderAnotherTenantsSettingSeesAndChangesNothing() {
        for (String table : TABLES) {
            assertThat(data.column(a, "select count(*) from " + table, Long.class).getFirst())
                    .as("A sees its own %s", table).isPositive();
            assertThat(data.column(b, "select count(*) from " + table, Long.class))
                    .as("B sees none of %s", table).containsExactly(0L);
            assertThat(data.update(b, "update " + table + " set version = version + 1"))
                    .as("B changes none of %s", table).isZero();
            assertThat(data.update(b, "delete from " + table)).as("B deletes none of %s", table).isZero();
        }
        assertThat(data.column(b, "select count(*) from money_order_sequence", Long.class)).containsExactly(0L);
        assertThatThrownBy(() -> data.update(b, """
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, paid_at,
                                         channel, created_at, version)
                values (?, ?, ?, ?, ?, 1, 'CNY', now(), 'OTHER', now(), 0)""", a.tenantId(), UUID.randomUUID(),
                a.communityId(), offer.id(), order.memberId())).isInstanceOf(Exception.class);
    }

    @Test
    void clientsReadOffersWithoutScriptsAndNeverOrders() {
        SignedIn.run(a.clientUser(), () -> {
            assertThat(offers.forCommunity(a.communityId())).singleElement()
                    .satisfies(shown -> assertThat(shown.salesScript()).isNull());
            assertThatThrownBy(() -> offers.forCommunity(a.otherClientCommunityId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.list(a.communityId(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offers.list()).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void anUnassignedOperatorReachesNeitherTheOffersNorTheOrders() {
        SignedIn.run(a.otherOperator(), () -> {
            assertThat(offers.list()).isEmpty();
            assertThat(offers.find(offer.id())).isEmpty();
            assertThat(orders.find(order.id())).isEmpty();
            assertThatThrownBy(() -> orders.list(a.communityId(), 0, 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.create(a.communityId(),
                    MoneyTestData.orderForm(order.memberId(), offer, "1", daysAgo(1))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> orders.refund(order.id(), BigDecimal.ONE, null))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> offers.create(MoneyTestData.offerForm("Sneaky", OfferType.GOODS, "1", "CNY",
                    a.communityId()))).isInstanceOf(NotFoundException.class);
        });
    }
}

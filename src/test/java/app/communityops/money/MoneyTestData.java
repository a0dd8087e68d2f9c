package app.communityops.money;

import app.communityops.members.MemberForm;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers, members and orders for the money tests, made through the services as staff would; and, for tests of
 * other features, offers and orders written straight to the tables at chosen instants.
 */
@Component
public class MoneyTestData {

    private final OfferService offers;
    private final OrderService orders;
    private final ScreeningService screening;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MoneyTestData(OfferService offers, OrderService orders, ScreeningService screening, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager) {
        this.offers = offers;
        this.orders = orders;
        this.screening = screening;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public static OfferForm offerForm(String name, OfferType type, String price, String currency, UUID... communities) {
        OfferForm form = new OfferForm();
        form.setName(name);
        form.setType(type);
        form.setPrice(new BigDecimal(price));
        form.setCurrency(currency);
        form.setStatus(OfferStatus.ON_SALE);
        form.setCommunityIds(Set.of(communities));
        form.setSalesScript("Script for " + name);
        return form;
    }

    public OfferSummary offer(AppPrincipal user, String name, OfferType type, String price, String currency,
                              UUID... communities) {
        return SignedIn.as(user, () -> offers.create(offerForm(name, type, price, currency, communities)));
    }

    /** A member who has joined the community (it has no screening policy, so the application is approved). */
    public UUID joinedMember(AppPrincipal user, UUID communityId, String handle) {
        MemberForm member = new MemberForm();
        member.setName("Member " + handle);
        member.setHandle(handle);
        member.setPhone("13800000000");
        member.setEmail(handle + "@example.test");
        return SignedIn.as(user, () -> screening.apply(communityId, member,
                EvidenceForm.of(null, null, null, Set.of()))).membership().memberId();
    }

    public static OrderForm orderForm(UUID memberId, OfferSummary offer, String amount, LocalDateTime paidAt) {
        OrderForm form = new OrderForm();
        form.setMemberId(memberId);
        form.setOfferId(offer.id());
        form.setAmount(new BigDecimal(amount));
        form.setCurrency(offer.currency());
        form.setPaidAt(paidAt);
        form.setChannel(SalesChannel.IN_GROUP);
        return form;
    }

    public OrderSummary order(AppPrincipal user, UUID communityId, UUID memberId, OfferSummary offer, String amount,
                              LocalDateTime paidAt) {
        return SignedIn.as(user, () -> orders.create(communityId, orderForm(memberId, offer, amount, paidAt)));
    }

    /**
     * An offer of the community on sale at 99, written straight to the tables (no staff user needed), for tests of
     * other features that only need orders to count.
     */
    public UUID offerRow(UUID tenantId, UUID community, String currency) {
        UUID offer = Uuids.v7();
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into offer (tenant_id, id, name, type, price, currency, status, created_at, version)
                    values (current_tenant_id(), ?, ?, 'PAID_KNOWLEDGE', 99, ?, 'ON_SALE', now(), 0)""",
                    offer, "Course " + offer, currency);
            jdbc.update("""
                    insert into offer_community (tenant_id, offer_id, community_id)
                    values (current_tenant_id(), ?, ?)""", offer, community);
        }));
        return offer;
    }

    /** An order paid at a chosen instant (in the past, say), with the part refunded; straight to the table. */
    public void orderRow(UUID tenantId, UUID community, UUID offer, UUID member, String amount, String refunded,
                         String currency, Instant paidAt) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, refunded,
                                         paid_at, channel, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, 'IN_GROUP', now(), 0)""", Uuids.v7(), community,
                offer, member, new BigDecimal(amount), currency, new BigDecimal(refunded), Timestamp.from(paidAt))));
    }

    public static LocalDateTime daysAgo(int days) {
        return LocalDate.now().minusDays(days).atTime(10, 0);
    }

    public int update(Fixture tenant, String sql, Object... args) {
        Integer rows = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> jdbc.update(sql, args)));
        return rows == null ? 0 : rows;
    }

    public <T> List<T> column(Fixture tenant, String sql, Class<T> type, Object... args) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> jdbc.queryForList(sql, type, args)));
    }

    public @Nullable BigDecimal lifetime(Fixture tenant, UUID memberId) {
        return column(tenant, "select lifetime_purchase from member where id = ?", BigDecimal.class, memberId)
                .getFirst();
    }
}

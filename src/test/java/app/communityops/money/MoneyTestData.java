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
import org.springframework.jdbc.core.JdbcOperations;
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

    // ---------------------------------------------------------------------------------------------------------
    // Bulk rows of the benchmarks and the load data: set-based statements, each shaped for its data set, run in the
    // caller's transaction and tenant (static: the load data's generator runs the application without the tests'
    // beans). Ids are md5 hashes of a seed (the tenant's id) and a running number, as the members' of
    // MemberTestData's bulk methods, so orders name their member and community without reading them back.

    /** The load data's three offers ({@code md5(seed || 'offer' || k)}, k = 0 .. 2), on sale in every community. */
    public static void loadDataOffers(JdbcOperations jdbc, String seed) {
        jdbc.update("""
                insert into offer (tenant_id, id, name, type, price, currency, status, hit_product, created_at,
                                   version)
                values (current_tenant_id(), md5(? || 'offer0')::uuid, 'Interview bootcamp', 'PAID_KNOWLEDGE', 299,
                        'CNY', 'ON_SALE', true, now() - interval '420 days', 0),
                       (current_tenant_id(), md5(? || 'offer1')::uuid, '1-on-1 mock interview', 'SERVICE', 199,
                        'CNY', 'ON_SALE', false, now() - interval '420 days', 0),
                       (current_tenant_id(), md5(? || 'offer2')::uuid, 'Expert consulting (1 h)', 'SERVICE', 599,
                        'CNY', 'ON_SALE', false, now() - interval '420 days', 0)""", seed, seed, seed);
        jdbc.update("""
                insert into offer_community (offer_id, community_id)
                select o.id, c.id from offer o cross join community c""");
    }

    /**
     * The load data's {@code orders} orders of its offers: order o is joined member {@code (o · 104729) mod joined}
     * (member {@code g = j / 78 · 100 + j mod 78}, in community {@code width_bucket(g, lows)}), paid on a day since it
     * joined; every 25th refunded in full.
     */
    public static int loadDataOrders(JdbcOperations jdbc, String seed, Integer[] lows, int orders, int joined) {
        return jdbc.update(LOAD_DATA_ORDERS, seed, seed, lows, seed, seed, orders, joined);
    }

    private static final String LOAD_DATA_ORDERS = """
            insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, refunded,
                                     paid_at, channel, created_at, version)
            select current_tenant_id(), md5(? || 'order' || o)::uuid,
                   md5(? || 'community' || width_bucket(m.g, ?::int[]))::uuid, md5(? || 'offer' || f.k)::uuid,
                   md5(? || 'member' || m.g)::uuid, f.price, 'CNY', case when o % 25 = 0 then f.price else 0 end, x.at,
                   (array['IN_GROUP', 'PRIVATE_CHAT', 'LIVE_STREAM', 'MINI_PROGRAM'])[1 + o % 4], x.at, 0
            from generate_series(0, ? - 1) o
            cross join lateral (select j / 78 * 100 + j % 78 as g from (select (o::bigint * 104729) % ? as j) jj) m
            cross join lateral (select case when o % 10 < 5 then 0 when o % 10 < 8 then 1 else 2 end as k) fk
            cross join lateral (select fk.k, (array[299, 199, 599])[1 + fk.k]::numeric as price) f
            cross join lateral (select date_trunc('day', now())
                                       - ((1 + abs(hashint4(o + 77)::bigint) % greatest(1, least((m.g::bigint * 7919) % 450, 395)))
                                          || ' days')::interval
                                       + ((abs(hashint4(o)::bigint) % 50400) || ' seconds')::interval as at) x""";

    /** A refund of every refunded order two days after payment, and a review of a third of the orders. */
    public static void refundsAndReviewsOfEveryOrder(JdbcOperations jdbc) {
        jdbc.update("""
                insert into money_refund (tenant_id, id, order_id, amount, refunded_at, reason, created_at, version)
                select tenant_id, md5(id::text || 'refund')::uuid, id, refunded,
                       least(paid_at + interval '2 days', now()), 'Not satisfied',
                       least(paid_at + interval '2 days', now()), 0
                from money_order where refunded > 0""");
        jdbc.update("""
                insert into money_review (tenant_id, id, order_id, rating, text, reviewed_at, created_at, version)
                select tenant_id, md5(id::text || 'review')::uuid, id,
                       case when refunded > 0 then 2 else 3 + abs(hashtext(id::text)::bigint) % 3 end,
                       (array['Practical, helped a lot before my interview', 'The mentor answered quickly',
                              'Average, hoped for more depth', 'The mock interview felt real'])
                           [(1 + abs(hashtext(id::text || 'text')::bigint) % 4)::int],
                       least(paid_at + interval '3 days', now()), least(paid_at + interval '3 days', now()), 0
                from money_order where abs(hashtext(id::text)::bigint) % 3 = 0""");
    }

    /** The KPI benchmark's one offer, {@code md5(seed || 'offer')}. */
    public static int kpiBenchOffer(JdbcOperations jdbc, String seed) {
        return jdbc.update("""
                insert into offer (tenant_id, id, name, type, price, currency, status, created_at, version)
                values (current_tenant_id(), md5(? || 'offer')::uuid, 'Bootcamp', 'PAID_KNOWLEDGE', 299, 'CNY',
                        'ON_SALE', now(), 0)""", seed);
    }

    /**
     * The KPI benchmark's 100,000 orders of its offer: order g is member {@code k = g · 9973 mod members} in
     * community {@code k mod communities}, paid {@code g mod 365} days ago; every 20th refunded.
     */
    public static int kpiBenchOrders(JdbcOperations jdbc, String seed, int communities, int members) {
        return jdbc.update("""
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency,
                                         refunded, paid_at, channel, created_at, version)
                select current_tenant_id(), md5(? || 'order' || g)::uuid, md5(? || 'community' || k % ?)::uuid,
                       md5(? || 'offer')::uuid, md5(? || 'member' || k)::uuid, 299, 'CNY',
                       case when g % 20 = 0 then 299 else 0 end, now() - ((g % 365) || ' days')::interval,
                       'IN_GROUP', now(), 0
                from generate_series(0, 99999) g
                cross join lateral (select g::bigint * 9973 % ? as k) m""",
                seed, seed, communities, seed, seed, members);
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

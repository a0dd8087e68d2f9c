package app.communityops.money;

import app.communityops.members.DemoMembers;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency's active communities the source text's offers (a hit course, mock interviews, expert
 * consulting, the 19.9 yuan entry fee, an advertising slot in USD) and six months of orders with refunds,
 * reviews and a referring partner, so the rates and commissions show something. Runs once: a tenant with offers
 * is left alone. Repeatable from a fixed seed. The customers and their lifetime purchases are members'
 * rows, reached through {@link DemoMembers}.
 */
@Component
public class MoneyDemoData {

    private static final Logger log = LoggerFactory.getLogger(MoneyDemoData.class);
    private static final String[] CHANNELS = {"IN_GROUP", "PRIVATE_CHAT", "LIVE_STREAM", "MINI_PROGRAM"};
    private static final String[] PRAISE = {"讲得很实用，面试前帮了大忙 / Practical, helped a lot before my interview",
        "老师回复很及时 / The mentor answered quickly", "内容一般，期待更深入 / Average, hoped for more depth",
        "模拟面试很真实 / The mock interview felt real"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoMembers members;
    private final Clock clock;

    MoneyDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DemoMembers members,
                  Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
        this.clock = clock;
    }

    /** Seeds offers and orders once; a tenant with offers is left alone. */
    public void seedTenant(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            Integer offers = jdbc.queryForObject("select count(*) from offer", Integer.class);
            if (offers == null || offers == 0) {
                seed();
                log.info("Demo offers and orders created");
            }
        }));
    }

    private void seed() {
        List<UUID> communities = jdbc.queryForList("select id from community where status = 'ACTIVE' order by name",
                UUID.class);
        if (communities.isEmpty()) {
            return;
        }
        UUID[] all = communities.toArray(UUID[]::new);
        Offer course = offer("面试通关训练营 Interview bootcamp course", "PAID_KNOWLEDGE", "299.00", "CNY", true, all);
        Offer mock = offer("1对1模拟面试 1-on-1 mock interview", "SERVICE", "199.00", "CNY", false, all);
        Offer expert = offer("行业专家咨询 Expert consulting (1 h)", "SERVICE", "599.00", "CNY", false, all);
        Offer fee = offer("入群费 Entry fee", "MEMBERSHIP_FEE", "19.90", "CNY", false, all);
        Offer ad = offer("社群广告位 Sponsored post slot", "ADVERTISING", "150.00", "USD", false, all);
        UUID partner = partner();
        Random random = new Random(20261125L);
        for (UUID community : communities) {
            for (UUID member : members.joinedMembers(community, 120)) {
                int orders = random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(random.nextInt(10) < 3 ? 4 : 1);
                for (int i = 0; i < orders; i++) {
                    Offer offer = switch (random.nextInt(10)) {
                        case 0, 1, 2, 3 -> course;
                        case 4, 5, 6 -> mock;
                        case 7 -> expert;
                        case 8 -> fee;
                        default -> ad;
                    };
                    order(community, member, offer, random, random.nextInt(5) == 0 ? partner : null);
                }
            }
        }
    }

    private void order(UUID community, UUID member, Offer offer, Random random,
                       @org.jspecify.annotations.Nullable UUID partner) {
        Instant paidAt = clock.instant().minus(Duration.ofMinutes(60L + random.nextInt(180 * 24 * 60)));
        UUID id = Uuids.v7();
        BigDecimal amount = random.nextInt(6) == 0 ? offer.price.multiply(new BigDecimal("0.8"))
                .setScale(2, RoundingMode.HALF_UP) : offer.price;
        jdbc.update("""
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, paid_at,
                                         channel, referrer_partner_id, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, community, offer.id, member,
                amount, offer.currency, Timestamp.from(paidAt), CHANNELS[random.nextInt(CHANNELS.length)], partner,
                Timestamp.from(paidAt));
        int roll = random.nextInt(20);
        if (roll < 2) {
            BigDecimal refunded = roll == 0 ? amount : amount.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
            Instant at = paidAt.plus(Duration.ofDays(2));
            jdbc.update("""
                    insert into money_refund (tenant_id, id, order_id, amount, refunded_at, reason, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)""", Uuids.v7(), id, refunded,
                    Timestamp.from(at), "不满意 / not satisfied", Timestamp.from(at));
            jdbc.update("update money_order set refunded = ? where id = ?", refunded, id);
        } else if ("CNY".equals(offer.currency)) {
            members.addPurchase(member, amount);
        }
        if (random.nextInt(3) == 0) {
            Instant at = paidAt.plus(Duration.ofDays(3));
            int rating = roll < 2 ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
            jdbc.update("""
                    insert into money_review (tenant_id, id, order_id, rating, text, reviewed_at, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)""", Uuids.v7(), id, rating,
                    PRAISE[random.nextInt(PRAISE.length)], Timestamp.from(at), Timestamp.from(at));
        }
    }

    private Offer offer(String name, String type, String price, String currency, boolean hit, UUID[] communities) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into offer (tenant_id, id, name, type, price, currency, status, hit_product, sales_script,
                                   follow_up_notes, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 'ON_SALE', ?, ?, ?, ?, 0)""", id, name, type,
                new BigDecimal(price), currency, hit,
                "先问目标岗位，再讲往届学员拿到 offer 的案例 / Ask about the target role first, then share alumni offers",
                "三天内私聊回访，未付款者赠送一节试听 / Follow up in private within 3 days; offer a free trial lesson",
                Timestamp.from(clock.instant().minus(Duration.ofDays(200))));
        for (UUID community : communities) {
            jdbc.update("insert into offer_community (offer_id, community_id) values (?, ?)", id, community);
        }
        return new Offer(id, new BigDecimal(price), currency);
    }

    private UUID partner() {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into partner (tenant_id, id, name, kind, created_at, version)
                values (current_tenant_id(), ?, '职场说 Career Talk Media', 'ORGANISATION', ?, 0)""", id,
                Timestamp.from(clock.instant()));
        jdbc.update("""
                insert into commission_rate (tenant_id, id, partner_id, offer_type, rate, created_at, version)
                values (current_tenant_id(), ?, ?, 'PAID_KNOWLEDGE', 0.15, ?, 0),
                       (current_tenant_id(), ?, ?, 'SERVICE', 0.10, ?, 0)""", Uuids.v7(), id,
                Timestamp.from(clock.instant()), Uuids.v7(), id, Timestamp.from(clock.instant()));
        return id;
    }

    private record Offer(UUID id, BigDecimal price, String currency) {
    }
}

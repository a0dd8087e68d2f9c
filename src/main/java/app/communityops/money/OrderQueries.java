package app.communityops.money;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of orders, their refunds and reviews (decision 0033). They run in the caller's transaction and hold
 * no access rules: {@link OrderService} checks access first.
 */
@Component
class OrderQueries {

    /** One order, if it lies in one of the communities the caller may see. */
    private static final String ONE_VISIBLE = "o.id = :order and o.community_id = any(:visible)";
    private static final String OF_COMMUNITY = "o.community_id = :community";

    private final JdbcClient jdbc;

    OrderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new order as checked by the service; its id is chosen by the caller. */
    record NewOrder(UUID id, UUID communityId, UUID offerId, UUID memberId, BigDecimal amount, String currency,
                    Instant paidAt, SalesChannel channel, @Nullable String reference, @Nullable UUID referrerMemberId,
                    @Nullable UUID referrerPartnerId) {
    }

    void insert(NewOrder order, Instant createdAt) {
        jdbc.sql("""
                        insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency,
                                                 paid_at, channel, reference, referrer_member_id, referrer_partner_id,
                                                 created_at, version)
                        values (current_tenant_id(), :id, :community, :offer, :member, :amount, :currency, :paidAt,
                                :channel, :reference, :referrerMember, :referrerPartner, :createdAt, 0)""")
                .param("id", order.id())
                .param("community", order.communityId())
                .param("offer", order.offerId())
                .param("member", order.memberId())
                .param("amount", order.amount())
                .param("currency", order.currency())
                .param("paidAt", Timestamp.from(order.paidAt()))
                .param("channel", order.channel().name())
                .param("reference", order.reference())
                .param("referrerMember", order.referrerMemberId())
                .param("referrerPartner", order.referrerPartnerId())
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    /** Records the refund and adds it to the order's refunded total, from which its status follows. */
    void refund(UUID refundId, UUID orderId, BigDecimal amount, @Nullable String reason, Instant at) {
        jdbc.sql("""
                        insert into money_refund (tenant_id, id, order_id, amount, refunded_at, reason, created_at,
                                                  version)
                        values (current_tenant_id(), :id, :order, :amount, :at, :reason, :at, 0)""")
                .param("id", refundId)
                .param("order", orderId)
                .param("amount", amount)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .update();
        jdbc.sql("update money_order set refunded = refunded + :amount, version = version + 1 where id = :order")
                .param("amount", amount)
                .param("order", orderId)
                .update();
    }

    /** The order's one review: a second replaces the first. */
    void review(UUID reviewId, UUID orderId, int rating, @Nullable String text, Instant at) {
        jdbc.sql("""
                        insert into money_review (tenant_id, id, order_id, rating, text, reviewed_at, created_at,
                                                  version)
                        values (current_tenant_id(), :id, :order, :rating, :text, :at, :at, 0)
                        on conflict (tenant_id, order_id) do update
                            set rating = excluded.rating, text = excluded.text, reviewed_at = excluded.reviewed_at,
                                version = money_review.version + 1""")
                .param("id", reviewId)
                .param("order", orderId)
                .param("rating", rating)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<OrderSummary> findVisible(UUID orderId, UUID[] visibleCommunities) {
        return summaries(ONE_VISIBLE, Map.of("order", orderId, "visible", visibleCommunities), 0, 1).stream()
                .findFirst();
    }

    /** A community's orders, newest first. */
    List<OrderSummary> ofCommunity(UUID communityId, int offset, int limit) {
        return summaries(OF_COMMUNITY, Map.of("community", communityId), offset, limit);
    }

    int count(UUID communityId) {
        return jdbc.sql("select count(*) from money_order where community_id = :community")
                .param("community", communityId)
                .query(Integer.class).single();
    }

    /** Members of the community whose name or handle contains {@code search}, by name. */
    List<MemberChoice> memberChoices(UUID communityId, String search, int limit) {
        String pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select member_id, member_name || ' (' || member_handle || ')' from membership
                        where community_id = :community and (member_name ilike :pattern or member_handle ilike :pattern)
                        order by member_name, id limit :limit""")
                .param("community", communityId)
                .param("pattern", pattern)
                .param("limit", limit)
                .query((rs, row) -> new MemberChoice(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** The member's orders in the community, refunded ones included: a refund does not undo a purchase. */
    int purchases(UUID communityId, UUID memberId) {
        return jdbc.sql("select count(*) from money_order where community_id = :community and member_id = :member")
                .param("community", communityId)
                .param("member", memberId)
                .query(Integer.class).single();
    }

    boolean isMember(UUID communityId, UUID memberId) {
        return jdbc.sql("select count(*) from membership where community_id = :community and member_id = :member")
                .param("community", communityId)
                .param("member", memberId)
                .query(Integer.class).single() > 0;
    }

    boolean referenceTaken(UUID communityId, String reference) {
        return jdbc.sql("select count(*) from money_order where community_id = :community and reference = :reference")
                .param("community", communityId)
                .param("reference", reference)
                .query(Integer.class).single() > 0;
    }

    /** The partner the order was referred by, if any. */
    @Nullable UUID referrerPartner(UUID orderId) {
        return jdbc.sql("select referrer_partner_id from money_order where id = :order")
                .param("order", orderId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
    }

    private List<OrderSummary> summaries(String condition, Map<String, ?> parameters, int offset, int limit) {
        return jdbc.sql("""
                        select o.id, o.community_id, o.member_id, m.name, o.offer_id, f.name, f.type, o.amount,
                               o.currency, o.refunded, o.paid_at, o.channel, o.reference, coalesce(rm.name, p.name),
                               s.purchase_number, r.rating, r.text, o.version
                        from money_order o
                        join member m on m.tenant_id = o.tenant_id and m.id = o.member_id
                        join offer f on f.tenant_id = o.tenant_id and f.id = o.offer_id
                        join money_order_sequence s on s.tenant_id = o.tenant_id and s.order_id = o.id
                        left join member rm on rm.tenant_id = o.tenant_id and rm.id = o.referrer_member_id
                        left join partner p on p.tenant_id = o.tenant_id and p.id = o.referrer_partner_id
                        left join money_review r on r.tenant_id = o.tenant_id and r.order_id = o.id
                        where (%s)
                        order by o.paid_at desc, o.id desc limit :limit offset :offset""".formatted(condition))
                .params(parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> summary(rs))
                .list();
    }

    private static OrderSummary summary(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(8);
        BigDecimal refunded = rs.getBigDecimal(10);
        return new OrderSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), OfferType.valueOf(rs.getString(7)),
                amount, rs.getString(9), refunded, OrderStatus.of(amount, refunded), rs.getTimestamp(11).toInstant(),
                SalesChannel.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                rs.getObject(15) == null ? null : rs.getInt(15), rs.getObject(16) == null ? null : rs.getInt(16),
                rs.getString(17), rs.getLong(18));
    }
}

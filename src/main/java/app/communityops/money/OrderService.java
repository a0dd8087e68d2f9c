package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.members.MemberService;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders of a community's members, their refunds and reviews. A purchase raises the member's lifetime purchase
 * amount (in {@link #LIFETIME_CURRENCY} only: other currencies are never converted into it) and a refund lowers
 * it; paying a membership-fee offer is the paid-entry evidence of the member's open application.
 */
@Service
@PreAuthorize(Access.STAFF)
public class OrderService {

    /** The currency the members feature's lifetime purchase amount is kept in. */
    public static final String LIFETIME_CURRENCY = "CNY";

    private final JdbcTemplate jdbc;
    private final MoneyAccess access;
    private final OfferService offers;
    private final MemberService members;
    private final ScreeningService screening;
    private final SettledMonths settled;
    private final Clock clock;
    private final TenantZone zones;

    OrderService(JdbcTemplate jdbc, MoneyAccess access, OfferService offers, MemberService members,
                 ScreeningService screening, SettledMonths settled, Clock clock, TenantZone zones) {
        this.jdbc = jdbc;
        this.access = access;
        this.offers = offers;
        this.members = members;
        this.screening = screening;
        this.settled = settled;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional
    public OrderSummary create(UUID communityId, OrderForm form) {
        access.writable(communityId);
        ZoneId zone = zones.current();
        Checked order = check(communityId, form, zone, offers.forCommunity(communityId));
        return find(insert(communityId, form, order)).orElseThrow();
    }

    private UUID insert(UUID communityId, OrderForm form, Checked order) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, paid_at,
                                         channel, reference, referrer_member_id, referrer_partner_id, created_at,
                                         version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, communityId, order.offer.id(), order.memberId, order.amount, form.getCurrency(),
                Timestamp.from(order.paidAt), Objects.requireNonNull(form.getChannel()).name(), order.reference,
                form.getReferrerMemberId(), form.getReferrerPartnerId(), Timestamp.from(clock.instant()));
        afterPurchase(communityId, order, id);
        return id;
    }

    /**
     * Checks forms exactly as {@link #create} does and, when asked to write and every one is good, creates them in
     * their order with the same consequences (lifetime amount, paid-entry evidence): all of them or none. Returns
     * the refusal of each bad form by its index.
     */
    @Transactional
    public Map<Integer, UserFacingException> createAll(UUID communityId, List<OrderForm> forms, boolean write,
                                                       ImportProgress progress) {
        access.writable(communityId);
        ZoneId zone = zones.current();
        List<OfferSummary> sold = offers.forCommunity(communityId);
        Map<Integer, UserFacingException> refused = new TreeMap<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            try {
                checked.add(check(communityId, forms.get(i), zone, sold));
            } catch (UserFacingException refusal) {
                refused.put(i, refusal);
            }
            progress.report(ImportProgress.Step.CHECKING, (i + 1) / (double) forms.size());
        }
        if (refused.isEmpty() && write) {
            for (int i = 0; i < forms.size(); i++) {
                insert(communityId, forms.get(i), checked.get(i));
                progress.report(ImportProgress.Step.WRITING, (i + 1) / (double) forms.size());
            }
        }
        return refused;
    }

    /** Refunds what is left at most; the order's status follows from what has been refunded in all. */
    @Transactional
    public OrderSummary refund(UUID orderId, BigDecimal amount, @Nullable String reason) {
        OrderSummary order = find(orderId).orElseThrow(NotFoundException::new);
        access.writable(order.communityId());
        if (amount.signum() <= 0) {
            throw new UserFacingException("money.refund.error.positive", "amount");
        }
        if (amount.scale() > 2) {
            throw new UserFacingException("money.error.twoDecimals", "amount");
        }
        if (amount.compareTo(order.refundable()) > 0) {
            throw new UserFacingException("money.refund.error.aboveRefundable", "amount",
                    order.currency() + " " + order.refundable().toPlainString());
        }
        Instant now = clock.instant();
        settled.requireOpen(partnerOf(orderId), now, zones.current(), "amount");
        jdbc.update("""
                insert into money_refund (tenant_id, id, order_id, amount, refunded_at, reason, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)""", Uuids.v7(), orderId, amount,
                Timestamp.from(now), reason == null || reason.isBlank() ? null : reason.strip(), Timestamp.from(now));
        jdbc.update("update money_order set refunded = refunded + ?, version = version + 1 where id = ?", amount,
                orderId);
        if (LIFETIME_CURRENCY.equals(order.currency())) {
            members.addToLifetimePurchase(order.communityId(), order.memberId(), amount.negate());
        }
        return find(orderId).orElseThrow();
    }

    /** One review per order, written by its buyer; a second review replaces the first. */
    @Transactional
    public OrderSummary review(UUID orderId, ReviewForm form) {
        OrderSummary order = find(orderId).orElseThrow(NotFoundException::new);
        access.writable(order.communityId());
        if (!order.memberId().equals(form.getMemberId())) {
            throw new UserFacingException("money.review.error.notTheirs", "memberId");
        }
        Integer rating = form.getRating();
        if (rating == null || rating < 1 || rating > 5) {
            throw new UserFacingException("money.review.error.rating", "rating");
        }
        Instant now = clock.instant();
        String text = form.getText() == null || form.getText().isBlank() ? null : form.getText().strip();
        jdbc.update("""
                insert into money_review (tenant_id, id, order_id, rating, text, reviewed_at, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)
                on conflict (tenant_id, order_id) do update
                    set rating = excluded.rating, text = excluded.text, reviewed_at = excluded.reviewed_at,
                        version = money_review.version + 1""",
                Uuids.v7(), orderId, rating, text, Timestamp.from(now), Timestamp.from(now));
        return find(orderId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OrderSummary> find(UUID orderId) {
        return query("o.id = ? and o.community_id = any(?)", 0, 1, orderId, access.visibleIds()).stream()
                .findFirst();
    }

    /** A community's orders, newest first, page by page. */
    @Transactional(readOnly = true)
    public List<OrderSummary> list(UUID communityId, int offset, int limit) {
        access.writable(communityId);
        return query("o.community_id = ?", offset, limit, communityId);
    }

    @Transactional(readOnly = true)
    public int count(UUID communityId) {
        access.writable(communityId);
        Integer count = jdbc.queryForObject("select count(*) from money_order where community_id = ?",
                Integer.class, communityId);
        return count == null ? 0 : count;
    }

    /** Members of the community matching a name or handle, a short list for the order form's picker. */
    @Transactional(readOnly = true)
    public List<MemberChoice> members(UUID communityId, String search, int limit) {
        access.writable(communityId);
        String pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("""
                        select member_id, member_name || ' (' || member_handle || ')' from membership
                        where community_id = ? and (member_name ilike ? or member_handle ilike ?)
                        order by member_name, id limit ?""",
                (rs, row) -> new MemberChoice(rs.getObject(1, UUID.class), rs.getString(2)), communityId, pattern,
                pattern, Math.min(Math.max(limit, 1), 50));
    }

    private Checked check(UUID communityId, OrderForm form, ZoneId zone, List<OfferSummary> sold) {
        UUID memberId = form.getMemberId();
        if (memberId == null || !inCommunity(communityId, memberId)) {
            throw new UserFacingException("money.order.error.memberUnknown", "memberId");
        }
        UUID offerId = form.getOfferId();
        OfferSummary offer = offerId == null ? null : sold.stream()
                .filter(candidate -> candidate.id().equals(offerId)).findFirst().orElse(null);
        if (offer == null) {
            throw new UserFacingException("money.order.error.offerUnknown", "offerId");
        }
        if (offer.status() != OfferStatus.ON_SALE) {
            throw new UserFacingException("money.order.error.offerNotOnSale", "offerId",
                    offer.status().name());
        }
        BigDecimal amount = form.getAmount();
        if (amount == null || amount.signum() <= 0) {
            throw new UserFacingException("money.order.error.amountPositive", "amount");
        }
        if (amount.scale() > 2) {
            throw new UserFacingException("money.error.twoDecimals", "amount");
        }
        Currencies.require(form.getCurrency(), "currency");
        LocalDateTime local = form.getPaidAt();
        if (local == null) {
            throw new UserFacingException("money.order.error.paidAtRequired", "paidAt");
        }
        Instant paidAt = local.atZone(zone).toInstant();
        if (paidAt.isAfter(clock.instant())) {
            throw new UserFacingException("money.order.error.future", "paidAt");
        }
        if (!offer.inSaleWindow(paidAt)) {
            throw new UserFacingException("money.order.error.outsideWindow", "paidAt");
        }
        UUID referrer = form.getReferrerMemberId();
        if (referrer != null && form.getReferrerPartnerId() != null) {
            throw new UserFacingException("money.order.error.oneReferrer", "referrerPartnerId");
        }
        if (referrer != null && (referrer.equals(memberId) || !inCommunity(communityId, referrer))) {
            throw new UserFacingException("money.order.error.referrerUnknown", "referrerMemberId");
        }
        UUID partner = form.getReferrerPartnerId();
        if (partner != null) {
            Integer known = jdbc.queryForObject("select count(*) from partner where id = ?", Integer.class, partner);
            if (known == null || known == 0) {
                throw new UserFacingException("money.order.error.referrerUnknown", "referrerPartnerId");
            }
            settled.requireOpen(partner, paidAt, zone, "paidAt");
        }
        String reference = form.getReference() == null || form.getReference().isBlank() ? null
                : form.getReference().strip();
        if (reference != null && referenceTaken(communityId, reference)) {
            throw new UserFacingException("money.order.error.referenceTaken", "reference");
        }
        return new Checked(offer, memberId, amount, paidAt, reference, form.getCurrency());
    }

    private void afterPurchase(UUID communityId, Checked order, UUID orderId) {
        if (LIFETIME_CURRENCY.equals(order.currency)) {
            members.addToLifetimePurchase(communityId, order.memberId, order.amount);
        }
        if (order.offer.type() == OfferType.MEMBERSHIP_FEE) {
            screening.paymentReceived(communityId, order.memberId,
                    order.reference == null ? "order " + orderId : order.reference);
        }
    }

    private boolean inCommunity(UUID communityId, UUID memberId) {
        Integer found = jdbc.queryForObject("select count(*) from membership where community_id = ? and member_id = ?",
                Integer.class, communityId, memberId);
        return found != null && found > 0;
    }

    boolean referenceTaken(UUID communityId, String reference) {
        Integer found = jdbc.queryForObject("select count(*) from money_order where community_id = ? and reference = ?",
                Integer.class, communityId, reference);
        return found != null && found > 0;
    }

    private @Nullable UUID partnerOf(UUID orderId) {
        return jdbc.queryForObject("select referrer_partner_id from money_order where id = ?", UUID.class, orderId);
    }

    private List<OrderSummary> query(String condition, int offset, int limit, Object... arguments) {
        Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = limit;
        all[arguments.length + 1] = offset;
        return jdbc.query("""
                select o.id, o.community_id, o.member_id, m.name, o.offer_id, f.name, f.type, o.amount, o.currency,
                       o.refunded, o.paid_at, o.channel, o.reference, coalesce(rm.name, p.name), s.purchase_number,
                       r.rating, r.text, o.version
                from money_order o
                join member m on m.tenant_id = o.tenant_id and m.id = o.member_id
                join offer f on f.tenant_id = o.tenant_id and f.id = o.offer_id
                join money_order_sequence s on s.tenant_id = o.tenant_id and s.order_id = o.id
                left join member rm on rm.tenant_id = o.tenant_id and rm.id = o.referrer_member_id
                left join partner p on p.tenant_id = o.tenant_id and p.id = o.referrer_partner_id
                left join money_review r on r.tenant_id = o.tenant_id and r.order_id = o.id
                where (""" + condition + ") order by o.paid_at desc, o.id desc limit ? offset ?",
                (rs, row) -> {
                    BigDecimal amount = rs.getBigDecimal(8);
                    BigDecimal refunded = rs.getBigDecimal(10);
                    return new OrderSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                            rs.getString(6), OfferType.valueOf(rs.getString(7)), amount, rs.getString(9), refunded,
                            OrderStatus.of(amount, refunded), rs.getTimestamp(11).toInstant(),
                            SalesChannel.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                            rs.getObject(15) == null ? null : rs.getInt(15),
                            rs.getObject(16) == null ? null : rs.getInt(16), rs.getString(17), rs.getLong(18));
                }, all);
    }

    private record Checked(OfferSummary offer, UUID memberId, BigDecimal amount, Instant paidAt,
                           @Nullable String reference, String currency) {
    }
}

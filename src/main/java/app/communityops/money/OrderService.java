package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.members.MemberService;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders of a community's members, their refunds and reviews. A purchase raises the member's lifetime purchase
 * amount (in {@link #LIFETIME_CURRENCY} only: other currencies are never converted into it) and a refund lowers
 * it; paying a membership-fee offer is the paid-entry evidence of the member's open application. Payments, refunds
 * and reviews are announced ({@link OrderPaid}, {@link OrderRefunded}, {@link OrderReviewed}) in their transaction.
 */
@Service
@PreAuthorize(Access.STAFF)
public class OrderService {

    /** The currency the members feature's lifetime purchase amount is kept in. */
    public static final String LIFETIME_CURRENCY = "CNY";

    private final OrderQueries queries;
    private final CommissionQueries commissions;
    private final MoneyAccess access;
    private final OfferService offers;
    private final MemberService members;
    private final ScreeningService screening;
    private final SettledMonths settled;
    private final Clock clock;
    private final TenantZone zones;
    private final ApplicationEventPublisher events;

    OrderService(OrderQueries queries, CommissionQueries commissions, MoneyAccess access, OfferService offers,
                 MemberService members, ScreeningService screening, SettledMonths settled, Clock clock,
                 TenantZone zones, ApplicationEventPublisher events) {
        this.events = events;
        this.queries = queries;
        this.commissions = commissions;
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
        queries.insert(new OrderQueries.NewOrder(id, communityId, order.offer.id(), order.memberId, order.amount,
                form.getCurrency(), order.paidAt, Objects.requireNonNull(form.getChannel()), order.reference,
                form.getReferrerMemberId(), form.getReferrerPartnerId()), clock.instant());
        afterPurchase(communityId, order, id);
        events.publishEvent(new OrderPaid(TenantContext.current().orElseThrow(), id, communityId, order.memberId,
                order.amount, order.currency, order.paidAt, queries.purchases(communityId, order.memberId)));
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
        settled.requireOpen(queries.referrerPartner(orderId), now, zones.current(), "amount");
        queries.refund(Uuids.v7(), orderId, amount, reason == null || reason.isBlank() ? null : reason.strip(), now);
        if (LIFETIME_CURRENCY.equals(order.currency())) {
            members.addToLifetimePurchase(order.communityId(), order.memberId(), amount.negate());
        }
        events.publishEvent(new OrderRefunded(TenantContext.current().orElseThrow(), orderId, order.communityId(),
                order.memberId(), amount, order.currency(), now));
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
        queries.review(Uuids.v7(), orderId, rating, text, now);
        events.publishEvent(new OrderReviewed(TenantContext.current().orElseThrow(), orderId, order.communityId(),
                order.memberId(), rating, now));
        return find(orderId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OrderSummary> find(UUID orderId) {
        return queries.findVisible(orderId, access.visibleIds());
    }

    /** A community's orders, newest first, page by page. */
    @Transactional(readOnly = true)
    public List<OrderSummary> list(UUID communityId, int offset, int limit) {
        access.writable(communityId);
        return queries.ofCommunity(communityId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(UUID communityId) {
        access.writable(communityId);
        return queries.count(communityId);
    }

    /** Members of the community matching a name or handle, a short list for the order form's picker. */
    @Transactional(readOnly = true)
    public List<MemberChoice> members(UUID communityId, String search, int limit) {
        access.writable(communityId);
        return queries.memberChoices(communityId, search, Math.min(Math.max(limit, 1), 50));
    }

    private Checked check(UUID communityId, OrderForm form, ZoneId zone, List<OfferSummary> sold) {
        UUID memberId = form.getMemberId();
        if (memberId == null || !queries.isMember(communityId, memberId)) {
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
        if (referrer != null && (referrer.equals(memberId) || !queries.isMember(communityId, referrer))) {
            throw new UserFacingException("money.order.error.referrerUnknown", "referrerMemberId");
        }
        UUID partner = form.getReferrerPartnerId();
        if (partner != null) {
            if (!commissions.partnerExists(partner)) {
                throw new UserFacingException("money.order.error.referrerUnknown", "referrerPartnerId");
            }
            settled.requireOpen(partner, paidAt, zone, "paidAt");
        }
        String reference = form.getReference() == null || form.getReference().isBlank() ? null
                : form.getReference().strip();
        if (reference != null && queries.referenceTaken(communityId, reference)) {
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

    private record Checked(OfferSummary offer, UUID memberId, BigDecimal amount, Instant paidAt,
                           @Nullable String reference, String currency) {
    }
}

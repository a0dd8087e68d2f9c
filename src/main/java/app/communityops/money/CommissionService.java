package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners, their commission rates (an offer's own rate wins over its type's), the commission owed per partner
 * and month in the tenant's zone, computed by PostgreSQL, and the settling of a past month. Tenant-wide money,
 * so tenant admins only.
 */
@Service
@PreAuthorize(Access.TENANT_ADMIN)
public class CommissionService {

    private final CommissionQueries queries;
    private final Clock clock;
    private final TenantZone zones;

    CommissionService(CommissionQueries queries, Clock clock, TenantZone zones) {
        this.queries = queries;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional
    public UUID createPartner(PartnerForm form) {
        String name = form.getName().strip();
        if (queries.partnerNameTaken(name)) {
            throw new UserFacingException("money.partner.error.nameTaken", "name");
        }
        UUID id = Uuids.v7();
        queries.insertPartner(id, name, Objects.requireNonNull(form.getKind()), form.getMemberId(), clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    public List<PartnerSummary> partners() {
        return queries.partners();
    }

    /**
     * The partners by name, for the order form's referrer picker: operators record orders a partner brought in,
     * so they may pick one, though only tenant admins manage partners and see their rates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<PartnerChoice> partnerChoices() {
        return queries.partnerChoices();
    }

    /** Sets the partner's rate (0 to 1, e.g. 0.15 for 15%) for an offer type, or for one offer when given. */
    @Transactional
    public void setRate(UUID partnerId, @Nullable OfferType type, @Nullable UUID offerId, BigDecimal rate) {
        requirePartner(partnerId);
        if ((type == null) == (offerId == null)) {
            throw new UserFacingException("money.commission.error.typeOrOffer", "offerId");
        }
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 4) {
            throw new UserFacingException("money.commission.error.rate", "rate");
        }
        if (offerId != null) {
            if (!queries.offerExists(offerId)) {
                throw new UserFacingException("money.order.error.offerUnknown", "offerId");
            }
        }
        queries.setRate(Uuids.v7(), partnerId, type, offerId, rate, clock.instant());
    }

    /** The partner's offer-specific rates, by offer name. */
    @Transactional(readOnly = true)
    public List<OfferRate> offerRates(UUID partnerId) {
        requirePartner(partnerId);
        return queries.offerRates(partnerId);
    }

    /**
     * Removes the partner's own rate for an offer; its orders earn the offer type's rate again. Settled months
     * keep the amounts they were settled at.
     */
    @Transactional
    public void removeOfferRate(UUID partnerId, UUID offerId) {
        requirePartner(partnerId);
        if (!queries.removeOfferRate(partnerId, offerId)) {
            throw new NotFoundException();
        }
    }

    /** Every partner-month with commission or a settlement between the two months, latest first. */
    @Transactional(readOnly = true)
    public List<CommissionLine> owed(YearMonth from, YearMonth to) {
        ZoneId zone = zones.current();
        Map<String, CommissionLine> lines = new LinkedHashMap<>();
        for (CommissionQueries.Owed row : queries.owed(zone.getId(), from, to, null)) {
            String key = row.partnerId() + "/" + row.month();
            CommissionLine line = lines.get(key);
            List<CurrencyAmount> amounts = line == null ? new ArrayList<>() : new ArrayList<>(line.owed());
            amounts.add(new CurrencyAmount(row.currency(), row.amount()));
            lines.put(key, new CommissionLine(row.partnerId(), row.partnerName(), row.month(), amounts, false, null,
                    null));
        }
        queries.settled(from, to, settled -> lines.put(settled.partnerId() + "/" + settled.month(),
                new CommissionLine(settled.partnerId(), settled.partnerName(), settled.month(),
                        Amounts.parse(settled.amounts()), true, settled.settledAt(), settled.settledBy())));
        return lines.values().stream()
                .sorted(java.util.Comparator.comparing(CommissionLine::month).reversed()
                        .thenComparing(CommissionLine::partnerName))
                .toList();
    }

    /** Freezes a past month of one partner at what it owes now; its orders and refunds can no longer change. */
    @Transactional
    public CommissionLine settle(UUID partnerId, YearMonth month) {
        requirePartner(partnerId);
        ZoneId zone = zones.current();
        if (!month.isBefore(YearMonth.now(clock.withZone(zone)))) {
            throw new UserFacingException("money.commission.error.monthOpen", "month");
        }
        if (queries.isSettled(partnerId, month)) {
            throw new UserFacingException("money.commission.error.alreadySettled", "month");
        }
        String amounts = queries.owed(zone.getId(), month, month, partnerId).stream()
                .map(row -> "\"" + row.currency() + "\": \"" + row.amount().toPlainString() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        queries.settle(Uuids.v7(), partnerId, month, amounts, CurrentUser.require().userId(), clock.instant());
        return owed(month, month).stream().filter(line -> line.partnerId().equals(partnerId)).findFirst()
                .orElseThrow();
    }

    private void requirePartner(UUID partnerId) {
        if (!queries.partnerExists(partnerId)) {
            throw new NotFoundException();
        }
    }
}

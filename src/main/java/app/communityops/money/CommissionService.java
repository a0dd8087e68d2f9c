package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final MoneyAccess access;
    private final Clock clock;
    private final TenantZone zones;

    CommissionService(JdbcTemplate jdbc, MoneyAccess access, Clock clock, TenantZone zones) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional
    public UUID createPartner(PartnerForm form) {
        String name = form.getName().strip();
        Integer taken = jdbc.queryForObject("select count(*) from partner where lower(name) = lower(?)",
                Integer.class, name);
        if (taken != null && taken > 0) {
            throw new UserFacingException("money.partner.error.nameTaken", "name");
        }
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into partner (tenant_id, id, name, kind, member_id, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)""", id, name,
                Objects.requireNonNull(form.getKind()).name(), form.getMemberId(), Timestamp.from(clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<PartnerSummary> partners() {
        return jdbc.query("""
                        select p.id, p.name, p.kind,
                               coalesce(string_agg(coalesce(f.name, r.offer_type) || ' ' || round(r.rate * 100, 2) || '%',
                                                   '; ' order by r.offer_id nulls first, r.offer_type, f.name), '')
                        from partner p
                        left join commission_rate r on r.tenant_id = p.tenant_id and r.partner_id = p.id
                        left join offer f on f.tenant_id = r.tenant_id and f.id = r.offer_id
                        group by p.id, p.name, p.kind order by lower(p.name), p.id""",
                (rs, row) -> new PartnerSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        PartnerKind.valueOf(rs.getString(3)), rs.getString(4)));
    }

    /**
     * The partners by name, for the order form's referrer picker: operators record orders a partner brought in,
     * so they may pick one, though only tenant admins manage partners and see their rates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<PartnerChoice> partnerChoices() {
        return jdbc.query("select id, name from partner order by lower(name), id",
                (rs, row) -> new PartnerChoice(rs.getObject(1, UUID.class), rs.getString(2)));
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
            Integer known = jdbc.queryForObject("select count(*) from offer where id = ?", Integer.class, offerId);
            if (known == null || known == 0) {
                throw new UserFacingException("money.order.error.offerUnknown", "offerId");
            }
        }
        int changed = jdbc.update("""
                update commission_rate set rate = ?, version = version + 1
                where partner_id = ? and offer_type is not distinct from ? and offer_id is not distinct from ?""",
                rate, partnerId, type == null ? null : type.name(), offerId);
        if (changed == 0) {
            jdbc.update("""
                    insert into commission_rate (tenant_id, id, partner_id, offer_type, offer_id, rate, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)""", Uuids.v7(), partnerId,
                    type == null ? null : type.name(), offerId, rate, Timestamp.from(clock.instant()));
        }
    }

    /** The partner's offer-specific rates, by offer name. */
    @Transactional(readOnly = true)
    public List<OfferRate> offerRates(UUID partnerId) {
        requirePartner(partnerId);
        return jdbc.query("""
                        select f.id, f.name, f.type, r.rate, t.rate
                        from commission_rate r
                        join offer f on f.tenant_id = r.tenant_id and f.id = r.offer_id
                        left join commission_rate t on t.tenant_id = r.tenant_id and t.partner_id = r.partner_id
                                                   and t.offer_type = f.type
                        where r.partner_id = ? order by lower(f.name), f.id""",
                (rs, row) -> new OfferRate(rs.getObject(1, UUID.class), rs.getString(2),
                        OfferType.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5)), partnerId);
    }

    /**
     * Removes the partner's own rate for an offer; its orders earn the offer type's rate again. Settled months
     * keep the amounts they were settled at.
     */
    @Transactional
    public void removeOfferRate(UUID partnerId, UUID offerId) {
        requirePartner(partnerId);
        if (jdbc.update("delete from commission_rate where partner_id = ? and offer_id = ?", partnerId, offerId) == 0) {
            throw new NotFoundException();
        }
    }

    /** Every partner-month with commission or a settlement between the two months, latest first. */
    @Transactional(readOnly = true)
    public List<CommissionLine> owed(YearMonth from, YearMonth to) {
        ZoneId zone = zones.current();
        Map<String, CommissionLine> lines = new LinkedHashMap<>();
        for (Owed row : computed(zone.getId(), from, to, null)) {
            String key = row.partnerId + "/" + row.month;
            CommissionLine line = lines.get(key);
            List<CurrencyAmount> amounts = line == null ? new ArrayList<>() : new ArrayList<>(line.owed());
            amounts.add(new CurrencyAmount(row.currency, row.amount));
            lines.put(key, new CommissionLine(row.partnerId, row.partnerName, row.month, amounts, false, null, null));
        }
        jdbc.query("""
                        select s.partner_id, p.name, s.month,
                               (select string_agg(key || ' ' || value, ';' order by key)
                                from jsonb_each_text(s.amounts)), s.settled_at, u.display_name
                        from commission_settlement s
                        join partner p on p.tenant_id = s.tenant_id and p.id = s.partner_id
                        left join user_account u on u.tenant_id = s.tenant_id and u.id = s.settled_by
                        where s.month between ? and ?""",
                rs -> {
                    UUID partner = rs.getObject(1, UUID.class);
                    YearMonth month = YearMonth.from(rs.getDate(3).toLocalDate());
                    lines.put(partner + "/" + month, new CommissionLine(partner, rs.getString(2), month,
                            Amounts.parse(rs.getString(4)), true, rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
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
        Integer done = jdbc.queryForObject(
                "select count(*) from commission_settlement where partner_id = ? and month = ?", Integer.class,
                partnerId, Date.valueOf(month.atDay(1)));
        if (done != null && done > 0) {
            throw new UserFacingException("money.commission.error.alreadySettled", "month");
        }
        String amounts = computed(zone.getId(), month, month, partnerId).stream()
                .map(row -> "\"" + row.currency + "\": \"" + row.amount.toPlainString() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        Instant now = clock.instant();
        jdbc.update("""
                insert into commission_settlement (tenant_id, id, partner_id, month, amounts, settled_by, settled_at,
                                                   created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?::jsonb, ?, ?, ?, 0)""",
                Uuids.v7(), partnerId, Date.valueOf(month.atDay(1)), amounts, CurrentUser.require().userId(),
                Timestamp.from(now), Timestamp.from(now));
        return owed(month, month).stream().filter(line -> line.partnerId().equals(partnerId)).findFirst()
                .orElseThrow();
    }

    private List<Owed> computed(String zone, YearMonth from, YearMonth to, @Nullable UUID partnerId) {
        return jdbc.query("""
                        with entries as (
                            select o.referrer_partner_id as partner_id, o.paid_at as at, o.currency, o.amount as base,
                                   o.offer_id
                            from money_order o where o.referrer_partner_id is not null
                            union all
                            select o.referrer_partner_id, r.refunded_at, o.currency, -r.amount, o.offer_id
                            from money_refund r
                            join money_order o on o.tenant_id = r.tenant_id and o.id = r.order_id
                            where o.referrer_partner_id is not null
                        ), rated as (
                            select e.partner_id, date_trunc('month', e.at at time zone ?)::date as month, e.currency,
                                   e.base * coalesce(own.rate, by_type.rate, 0) as commission
                            from entries e
                            join offer f on f.id = e.offer_id
                            left join commission_rate own on own.partner_id = e.partner_id and own.offer_id = e.offer_id
                            left join commission_rate by_type
                                   on by_type.partner_id = e.partner_id and by_type.offer_type = f.type
                        )
                        select p.id, p.name, r.month, r.currency, round(sum(r.commission), 2)
                        from rated r join partner p on p.id = r.partner_id
                        where r.month between ? and ? and (?::uuid is null or p.id = ?::uuid)
                        group by p.id, p.name, r.month, r.currency
                        order by r.month desc, p.name, r.currency""",
                (rs, row) -> new Owed(rs.getObject(1, UUID.class), rs.getString(2),
                        YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4), rs.getBigDecimal(5)),
                zone, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), partnerId, partnerId);
    }

    private void requirePartner(UUID partnerId) {
        Integer found = jdbc.queryForObject("select count(*) from partner where id = ?", Integer.class, partnerId);
        if (found == null || found == 0) {
            throw new NotFoundException();
        }
    }

    private record Owed(UUID partnerId, String partnerName, YearMonth month, String currency, BigDecimal amount) {
    }
}

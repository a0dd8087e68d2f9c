package app.communityops.money;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of partners, their commission rates and settlements, and the commission owed, which PostgreSQL
 * computes (decision 0033). They run in the caller's transaction and hold no access rules: {@link CommissionService}
 * checks access first.
 */
@Component
class CommissionQueries {

    private final JdbcClient jdbc;

    CommissionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Commission of one partner, month and currency as computed now from orders, refunds and rates. */
    record Owed(UUID partnerId, String partnerName, YearMonth month, String currency, BigDecimal amount) {
    }

    /** A settled partner-month as it was frozen: amounts as "CNY 12.30;USD 4.00". */
    record Settled(UUID partnerId, String partnerName, YearMonth month, String amounts, Instant settledAt,
                   @Nullable String settledBy) {
    }

    boolean partnerExists(UUID partnerId) {
        return jdbc.sql("select count(*) from partner where id = :partner")
                .param("partner", partnerId)
                .query(Integer.class).single() > 0;
    }

    /** Whether another partner has this name, ignoring case. */
    boolean partnerNameTaken(String name) {
        return jdbc.sql("select count(*) from partner where lower(name) = lower(:name)")
                .param("name", name)
                .query(Integer.class).single() > 0;
    }

    void insertPartner(UUID id, String name, PartnerKind kind, @Nullable UUID memberId, Instant createdAt) {
        jdbc.sql("""
                        insert into partner (tenant_id, id, name, kind, member_id, created_at, version)
                        values (current_tenant_id(), :id, :name, :kind, :member, :createdAt, 0)""")
                .param("id", id)
                .param("name", name)
                .param("kind", kind.name())
                .param("member", memberId)
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    /** Every partner with its rates in one line, by name. */
    List<PartnerSummary> partners() {
        return jdbc.sql("""
                        select p.id, p.name, p.kind,
                               coalesce(string_agg(coalesce(f.name, r.offer_type) || ' '
                                                       || round(r.rate * 100, 2) || '%',
                                                   '; ' order by r.offer_id nulls first, r.offer_type, f.name), '')
                        from partner p
                        left join commission_rate r on r.tenant_id = p.tenant_id and r.partner_id = p.id
                        left join offer f on f.tenant_id = r.tenant_id and f.id = r.offer_id
                        group by p.id, p.name, p.kind order by lower(p.name), p.id""")
                .query((rs, row) -> new PartnerSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        PartnerKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    List<PartnerChoice> partnerChoices() {
        return jdbc.sql("select id, name from partner order by lower(name), id")
                .query((rs, row) -> new PartnerChoice(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    boolean offerExists(UUID offerId) {
        return jdbc.sql("select count(*) from offer where id = :offer")
                .param("offer", offerId)
                .query(Integer.class).single() > 0;
    }

    /** Sets the partner's rate for an offer type or (exclusively) one offer, replacing the rate it had. */
    void setRate(UUID newRateId, UUID partnerId, @Nullable OfferType type, @Nullable UUID offerId, BigDecimal rate,
                 Instant at) {
        String offerType = type == null ? null : type.name();
        int changed = jdbc.sql("""
                        update commission_rate set rate = :rate, version = version + 1
                        where partner_id = :partner and offer_type is not distinct from :offerType
                          and offer_id is not distinct from :offer""")
                .param("rate", rate)
                .param("partner", partnerId)
                .param("offerType", offerType)
                .param("offer", offerId)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            insert into commission_rate (tenant_id, id, partner_id, offer_type, offer_id, rate,
                                                         created_at, version)
                            values (current_tenant_id(), :id, :partner, :offerType, :offer, :rate, :createdAt, 0)""")
                    .param("id", newRateId)
                    .param("partner", partnerId)
                    .param("offerType", offerType)
                    .param("offer", offerId)
                    .param("rate", rate)
                    .param("createdAt", Timestamp.from(at))
                    .update();
        }
    }

    /** The partner's offer-specific rates beside the rate of the offer's type, by offer name. */
    List<OfferRate> offerRates(UUID partnerId) {
        return jdbc.sql("""
                        select f.id, f.name, f.type, r.rate, t.rate
                        from commission_rate r
                        join offer f on f.tenant_id = r.tenant_id and f.id = r.offer_id
                        left join commission_rate t on t.tenant_id = r.tenant_id and t.partner_id = r.partner_id
                                                   and t.offer_type = f.type
                        where r.partner_id = :partner order by lower(f.name), f.id""")
                .param("partner", partnerId)
                .query((rs, row) -> new OfferRate(rs.getObject(1, UUID.class), rs.getString(2),
                        OfferType.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** Whether there was such a rate to remove. */
    boolean removeOfferRate(UUID partnerId, UUID offerId) {
        return jdbc.sql("delete from commission_rate where partner_id = :partner and offer_id = :offer")
                .param("partner", partnerId)
                .param("offer", offerId)
                .update() > 0;
    }

    /** Each settled partner-month between the two months, in no particular order. */
    void settled(YearMonth from, YearMonth to, Consumer<Settled> each) {
        jdbc.sql("""
                        select s.partner_id, p.name, s.month,
                               (select string_agg(key || ' ' || value, ';' order by key)
                                from jsonb_each_text(s.amounts)), s.settled_at, u.display_name
                        from commission_settlement s
                        join partner p on p.tenant_id = s.tenant_id and p.id = s.partner_id
                        left join user_account u on u.tenant_id = s.tenant_id and u.id = s.settled_by
                        where s.month between :from and :to""")
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query(rs -> {
                    each.accept(new Settled(rs.getObject(1, UUID.class), rs.getString(2),
                            YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                });
    }

    boolean isSettled(UUID partnerId, YearMonth month) {
        return jdbc.sql("select count(*) from commission_settlement where partner_id = :partner and month = :month")
                .param("partner", partnerId)
                .param("month", Date.valueOf(month.atDay(1)))
                .query(Integer.class).single() > 0;
    }

    /** Freezes the month's amounts, a JSON object of currency to amount. */
    void settle(UUID id, UUID partnerId, YearMonth month, String amountsJson, UUID settledBy, Instant at) {
        jdbc.sql("""
                        insert into commission_settlement (tenant_id, id, partner_id, month, amounts, settled_by,
                                                           settled_at, created_at, version)
                        values (current_tenant_id(), :id, :partner, :month, :amounts::jsonb, :settledBy, :at, :at,
                                0)""")
                .param("id", id)
                .param("partner", partnerId)
                .param("month", Date.valueOf(month.atDay(1)))
                .param("amounts", amountsJson)
                .param("settledBy", settledBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * The commission of every partner (or of one) and month between the two, per currency: each order referred by a
     * partner, less its refunds, at the offer's own rate for the partner or else its type's, in the month of the
     * tenant's zone the money moved in.
     */
    List<Owed> owed(String zone, YearMonth from, YearMonth to, @Nullable UUID partnerId) {
        return jdbc.sql("""
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
                            select e.partner_id, date_trunc('month', e.at at time zone :zone)::date as month,
                                   e.currency, e.base * coalesce(own.rate, by_type.rate, 0) as commission
                            from entries e
                            join offer f on f.id = e.offer_id
                            left join commission_rate own on own.partner_id = e.partner_id and own.offer_id = e.offer_id
                            left join commission_rate by_type
                                   on by_type.partner_id = e.partner_id and by_type.offer_type = f.type
                        )
                        select p.id, p.name, r.month, r.currency, round(sum(r.commission), 2)
                        from rated r join partner p on p.id = r.partner_id
                        where r.month between :from and :to and (:partner::uuid is null or p.id = :partner::uuid)
                        group by p.id, p.name, r.month, r.currency
                        order by r.month desc, p.name, r.currency""")
                .param("zone", zone)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("partner", partnerId)
                .query((rs, row) -> new Owed(rs.getObject(1, UUID.class), rs.getString(2),
                        YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4), rs.getBigDecimal(5)))
                .list();
    }
}

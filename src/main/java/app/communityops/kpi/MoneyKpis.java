package app.communityops.kpi;

import app.communityops.money.CurrencyFigures;
import app.communityops.money.MoneyFigures;
import app.communityops.money.MoneyFiguresService;
import app.communityops.money.Rate;
import app.communityops.shared.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The money KPIs: the money feature's figures (MoneyFiguresService's formulas), so the dashboards and the report
 * show the same numbers. Amounts are never added across currencies: revenue, ARPU and ARPPU are those of the
 * community's KPI currency. Boards and the overview compute them in one statement for all their communities and
 * periods, grouped by community and window; KpiDefinitionsTest holds it equal to the money feature's own figures.
 */
@Component
class MoneyKpis {

    private final MoneyFiguresService figures;
    private final JdbcTemplate jdbc;

    MoneyKpis(MoneyFiguresService figures, JdbcTemplate jdbc) {
        this.figures = figures;
        this.jdbc = jdbc;
    }

    /**
     * The money feature's own figures of one community, mapped to the KPIs: the reference the grouped statement
     * below is held to (KpiDefinitionsTest).
     */
    Map<Kpi, @Nullable BigDecimal> values(UUID community, Window window, String currency) {
        MoneyFigures money = figures.community(community, window.from(), window.to());
        CurrencyFigures inCurrency = money.currencies().stream().filter(c -> c.currency().equals(currency))
                .findFirst().orElse(new CurrencyFigures(currency, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        return kpis(inCurrency.netRevenue(), inCurrency.payingMembers(), money.buyingMembers(), money.members(),
                money.repeatBuyers(), money.payingMembers(), money.positiveReviews(), money.reviews(),
                money.refundedOrders(), money.allOrders());
    }

    /** MoneyFiguresService's figures of each community on its own, for communities the caller may read. */
    Map<UUID, Map<Kpi, @Nullable BigDecimal>> values(List<UUID> communities, Window window) {
        Map<UUID, Map<Kpi, @Nullable BigDecimal>> values = new HashMap<>();
        values(communities, List.of(window))
                .forEach((community, perWindow) -> values.put(community, perWindow.getFirst()));
        return values;
    }

    /**
     * As above for several windows at once (a board's period and the previous one): each figure family is read
     * once for all windows.
     */
    Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> values(List<UUID> communities, List<Window> windows) {
        UUID[] scope = communities.toArray(UUID[]::new);
        Map<UUID, List<Map<Kpi, @Nullable BigDecimal>>> values = new HashMap<>();
        for (UUID community : communities) {
            List<Map<Kpi, @Nullable BigDecimal>> perWindow = new ArrayList<>();
            windows.forEach(window -> perWindow.add(new EnumMap<>(Kpi.class)));
            values.put(community, perWindow);
        }
        Timestamp[] starts = windows.stream().map(Window::start).toArray(Timestamp[]::new);
        Timestamp[] ends = windows.stream().map(Window::end).toArray(Timestamp[]::new);
        jdbc.query("""
                        with c (id) as (select * from unnest(?::uuid[])),
                        w (s, e, n) as (select * from unnest(?::timestamptz[], ?::timestamptz[]) with ordinality),
                        cur as (
                            select c.id, coalesce(k.currency, 'CNY') as currency from c
                            left join kpi_canvas k on k.community_id = c.id
                        ), o as (
                            select w.n, community_id, member_id, amount, refunded, currency
                            from w join money_order on community_id = any(?) and paid_at >= w.s and paid_at < w.e
                        ), orders as (
                            select o.n, o.community_id, count(*) as all_orders,
                                   count(*) filter (where refunded > 0) as refunded,
                                   coalesce(sum(amount - refunded) filter (where refunded < amount
                                                                          and o.currency = cur.currency), 0) as revenue,
                                   count(distinct member_id) filter (where refunded < amount
                                                                    and o.currency = cur.currency) as paying_in_currency
                            from o join cur on cur.id = o.community_id group by o.n, o.community_id
                        ), buyers as (
                            select n, community_id, member_id, count(*) as bought from o where refunded < amount
                            group by n, community_id, member_id
                        ), buying as (
                            select b.n, b.community_id, count(*) as paying,
                                   count(*) filter (where bought >= 2) as repeat,
                                   count(*) filter (where exists (
                                       select 1 from membership m
                                       where m.community_id = b.community_id and m.member_id = b.member_id
                                         and m.joined_at < w.e and (m.left_at is null or m.left_at >= w.s)))
                                       as base_buyers
                            from buyers b join w on w.n = b.n group by b.n, b.community_id
                        ), base as (
                            select w.n, community_id, count(*) as members
                            from w join membership on community_id = any(?) and joined_at < w.e
                                                    and (left_at is null or left_at >= w.s)
                            group by w.n, community_id
                        ), reviewed as (
                            select w.n, ro.community_id, count(*) as reviews,
                                   count(*) filter (where r.rating >= ?) as positive
                            from w join money_review r on r.reviewed_at >= w.s and r.reviewed_at < w.e
                            join money_order ro on ro.tenant_id = r.tenant_id and ro.id = r.order_id
                            where ro.community_id = any(?)
                            group by w.n, ro.community_id
                        )
                        select c.id, w.n, coalesce(o.revenue, 0), coalesce(o.paying_in_currency, 0),
                               coalesce(b.base_buyers, 0), coalesce(m.members, 0), coalesce(b.repeat, 0),
                               coalesce(b.paying, 0), coalesce(r.positive, 0), coalesce(r.reviews, 0),
                               coalesce(o.refunded, 0), coalesce(o.all_orders, 0)
                        from c cross join w
                        left join orders o on o.community_id = c.id and o.n = w.n
                        left join buying b on b.community_id = c.id and b.n = w.n
                        left join base m on m.community_id = c.id and m.n = w.n
                        left join reviewed r on r.community_id = c.id and r.n = w.n""",
                rs -> {
                    NotNull.entry(values, rs.getObject(1, UUID.class)).set(rs.getInt(2) - 1, kpis(rs.getBigDecimal(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11), rs.getLong(12)));
                },
                scope, starts, ends, scope, scope, figures.positiveThreshold(), scope);
        return values;
    }

    private static Map<Kpi, @Nullable BigDecimal> kpis(BigDecimal netRevenue, long payingInCurrency,
                                                       long buyingMembers, long members, long repeatBuyers,
                                                       long payingMembers, long positiveReviews, long reviews,
                                                       long refundedOrders, long allOrders) {
        Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
        values.put(Kpi.REVENUE, netRevenue);
        values.put(Kpi.FIRST_PURCHASE_RATE, new Rate(buyingMembers, members).percent());
        values.put(Kpi.REPURCHASE_RATE, new Rate(repeatBuyers, payingMembers).percent());
        values.put(Kpi.POSITIVE_REVIEW_RATE, new Rate(positiveReviews, reviews).percent());
        values.put(Kpi.REFUND_RATE, new Rate(refundedOrders, allOrders).percent());
        values.put(Kpi.ARPU, RecordFigures.ratio(netRevenue, BigDecimal.valueOf(members), 2));
        values.put(Kpi.ARPPU, payingInCurrency == 0 ? null
                : netRevenue.divide(BigDecimal.valueOf(payingInCurrency), 2, RoundingMode.HALF_UP));
        return values;
    }
}

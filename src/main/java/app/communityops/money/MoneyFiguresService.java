package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.shared.NotNull;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money figures, computed by PostgreSQL from the orders, refunds, reviews and memberships of the period.
 * Client users read those of their own communities.
 */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class MoneyFiguresService {

    private static final int DEFAULT_POSITIVE = 4;

    private final JdbcTemplate jdbc;
    private final MoneyAccess access;
    private final Clock clock;
    private final TenantZone zones;

    MoneyFiguresService(JdbcTemplate jdbc, MoneyAccess access, Clock clock, TenantZone zones) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional(readOnly = true)
    public MoneyFigures community(UUID communityId, LocalDate from, LocalDate to) {
        access.readable(communityId);
        return figures(new UUID[] {communityId}, from, to);
    }

    /** All the communities the user may see, together. */
    @Transactional(readOnly = true)
    public MoneyFigures visibleCommunities(LocalDate from, LocalDate to) {
        return figures(access.visibleIds(), from, to);
    }

    /** The lowest rating that counts as positive (4 unless the tenant admin changed it). */
    @Transactional(readOnly = true)
    public int positiveThreshold() {
        List<Integer> found = NotNull.column(
                jdbc.queryForList("select positive_threshold from money_setting", Integer.class));
        return found.isEmpty() ? DEFAULT_POSITIVE : found.getFirst();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void setPositiveThreshold(int threshold) {
        if (threshold < 1 || threshold > 5) {
            throw new UserFacingException("money.review.error.rating", "positiveThreshold");
        }
        jdbc.update("""
                insert into money_setting (tenant_id, positive_threshold, created_at, version)
                values (current_tenant_id(), ?, ?, 0)
                on conflict (tenant_id) do update
                    set positive_threshold = excluded.positive_threshold, version = money_setting.version + 1""",
                threshold, Timestamp.from(clock.instant()));
    }

    /** Today in the tenant's zone, for the screens' default period. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zones.current()));
    }

    private MoneyFigures figures(UUID[] scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserFacingException("money.figures.error.period", "to");
        }
        ZoneId zone = zones.current();
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        int threshold = positiveThreshold();
        Map<String, @Nullable Object> counts = jdbc.queryForMap("""
                with o as (
                    select member_id, amount, refunded from money_order
                    where community_id = any(?) and paid_at >= ? and paid_at < ?
                ), buyers as (
                    select member_id, count(*) as n from o where refunded < amount group by member_id
                ), base as (
                    select distinct member_id from membership
                    where community_id = any(?) and joined_at < ? and (left_at is null or left_at >= ?)
                ), reviewed as (
                    select r.rating from money_review r
                    join money_order ro on ro.tenant_id = r.tenant_id and ro.id = r.order_id
                    where ro.community_id = any(?) and r.reviewed_at >= ? and r.reviewed_at < ?
                )
                select (select count(*) from o where refunded < amount) as orders,
                       (select count(*) from o) as all_orders,
                       (select count(*) from o where refunded > 0) as refunded_orders,
                       (select count(*) from buyers) as paying,
                       (select count(*) from buyers where n >= 2) as repeat,
                       (select count(*) from base) as members,
                       (select count(*) from base join buyers using (member_id)) as base_buyers,
                       (select count(*) from reviewed) as reviews,
                       (select count(*) from reviewed where rating >= ?) as positive""",
                scope, start, end, scope, end, start, scope, start, end, threshold);
        List<StreamRevenue> revenue = jdbc.query("""
                        select f.type, o.currency, sum(o.amount - o.refunded)
                        from money_order o join offer f on f.tenant_id = o.tenant_id and f.id = o.offer_id
                        where o.community_id = any(?) and o.paid_at >= ? and o.paid_at < ? and o.refunded < o.amount
                        group by f.type, o.currency order by f.type, o.currency""",
                (rs, row) -> new StreamRevenue(OfferType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBigDecimal(3)), scope, start, end);
        List<CurrencyFigures> currencies = jdbc.query("""
                        select currency,
                               coalesce(sum(amount - refunded) filter (where refunded < amount), 0),
                               sum(refunded),
                               count(distinct member_id) filter (where refunded < amount)
                        from money_order
                        where community_id = any(?) and paid_at >= ? and paid_at < ?
                        group by currency order by currency""",
                (rs, row) -> new CurrencyFigures(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getLong(4)), scope, start, end);
        return new MoneyFigures(from, to, threshold, revenue, currencies, count(counts, "orders"),
                count(counts, "all_orders"), count(counts, "refunded_orders"), count(counts, "paying"),
                count(counts, "repeat"), count(counts, "members"), count(counts, "base_buyers"),
                count(counts, "reviews"), count(counts, "positive"));
    }

    private static long count(Map<String, @Nullable Object> row, String column) {
        return ((Number) NotNull.value(row.get(column))).longValue();
    }
}

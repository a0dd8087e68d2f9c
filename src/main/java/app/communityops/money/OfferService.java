package app.communityops.money;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and where they are sold. Staff see an offer when it is sold in a community they may see, and change it
 * only when they may work on every community it is sold in; client users read their communities' offers
 * without the sales script and follow-up notes.
 */
@Service
public class OfferService {

    private final JdbcTemplate jdbc;
    private final MoneyAccess access;
    private final Clock clock;
    private final TenantZone zones;

    OfferService(JdbcTemplate jdbc, MoneyAccess access, Clock clock, TenantZone zones) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public OfferSummary create(OfferForm form) {
        ZoneId zone = zones.current();
        check(form, new UUID(0, 0), zone);
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into offer (tenant_id, id, name, type, price, currency, status, sale_from, sale_until,
                                   hit_product, sales_script, follow_up_notes, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, form.getName().strip(), name(form.getType()), form.getPrice(), form.getCurrency(),
                name(form.getStatus()), start(form.getSaleFrom(), zone), end(form.getSaleUntil(), zone),
                form.isHitProduct(), text(form.getSalesScript()), text(form.getFollowUpNotes()),
                Timestamp.from(clock.instant()));
        linkCommunities(id, form.getCommunityIds());
        return find(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public OfferSummary update(UUID id, long expectedVersion, OfferForm form) {
        OfferSummary offer = find(id).orElseThrow(NotFoundException::new);
        // Every community it is sold in, not only those the user sees: an offer shared with others is theirs too.
        jdbc.queryForList("select community_id from offer_community where offer_id = ?", UUID.class, offer.id())
                .forEach(access::writable);
        ZoneId zone = zones.current();
        check(form, id, zone);
        int changed = jdbc.update("""
                update offer set name = ?, type = ?, price = ?, currency = ?, status = ?, sale_from = ?,
                                 sale_until = ?, hit_product = ?, sales_script = ?, follow_up_notes = ?,
                                 version = version + 1
                where id = ? and version = ?""",
                form.getName().strip(), name(form.getType()), form.getPrice(), form.getCurrency(),
                name(form.getStatus()), start(form.getSaleFrom(), zone), end(form.getSaleUntil(), zone),
                form.isHitProduct(), text(form.getSalesScript()), text(form.getFollowUpNotes()), id,
                expectedVersion);
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
        jdbc.update("delete from offer_community where offer_id = ?", id);
        linkCommunities(id, form.getCommunityIds());
        return find(id).orElseThrow();
    }

    /** An offer sold in at least one community the user may see; revenue counts those communities only. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<OfferSummary> find(UUID id) {
        return query(access.visibleIds(), "o.id = ?", id).stream().findFirst();
    }

    /** The tenant's offers the user may see, with orders and revenue in the user's communities. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<OfferSummary> list() {
        return query(access.visibleIds(), "true");
    }

    /** The offers sold in one community, with that community's orders and revenue. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<OfferSummary> forCommunity(UUID communityId) {
        access.readable(communityId);
        return query(new UUID[] {communityId}, "true");
    }


    private List<OfferSummary> query(UUID[] scope, String condition, Object... arguments) {
        boolean client = access.isClient();
        Object[] all = new Object[arguments.length + 3];
        all[0] = scope;
        all[1] = scope;
        all[2] = scope;
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return jdbc.query("""
                select o.id, o.name, o.type, o.price, o.currency, o.status, o.sale_from, o.sale_until, o.hit_product,
                       o.sales_script, o.follow_up_notes, o.version,
                       (select array_agg(oc.community_id) from offer_community oc
                        where oc.offer_id = o.id and oc.community_id = any(?)) as communities,
                       coalesce(s.orders, 0), s.revenue
                from offer o
                left join lateral (
                    select sum(x.orders) as orders,
                           string_agg(x.currency || ' ' || x.net, ';' order by x.currency) as revenue
                    from (select mo.currency, count(*) as orders, sum(mo.amount - mo.refunded) as net
                          from money_order mo
                          where mo.offer_id = o.id and mo.refunded < mo.amount and mo.community_id = any(?)
                          group by mo.currency) x
                ) s on true
                where exists (select 1 from offer_community oc where oc.offer_id = o.id and oc.community_id = any(?))
                  and (""" + condition + ") order by o.hit_product desc, lower(o.name), o.id",
                (rs, row) -> new OfferSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        OfferType.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getString(5),
                        OfferStatus.valueOf(rs.getString(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getBoolean(9), client ? null : rs.getString(10),
                        client ? null : rs.getString(11), uuids(rs.getArray(13)), rs.getInt(14),
                        Amounts.parse(rs.getString(15)), rs.getLong(12)), all);
    }

    private void check(OfferForm form, UUID exceptId, ZoneId zone) {
        BigDecimal price = form.getPrice();
        if (price == null || price.signum() <= 0) {
            throw new UserFacingException("money.offer.error.pricePositive", "price");
        }
        if (price.scale() > 2) {
            throw new UserFacingException("money.error.twoDecimals", "price");
        }
        Currencies.require(form.getCurrency(), "currency");
        if (form.getCommunityIds().isEmpty()) {
            throw new UserFacingException("money.offer.error.noCommunity", "communityIds");
        }
        form.getCommunityIds().forEach(access::writable);
        LocalDate from = form.getSaleFrom();
        LocalDate until = form.getSaleUntil();
        if (from != null && until != null && until.isBefore(from)) {
            throw new UserFacingException("money.offer.error.window", "saleUntil");
        }
        Integer taken = jdbc.queryForObject("select count(*) from offer where lower(name) = lower(?) and id <> ?",
                Integer.class, form.getName().strip(), exceptId);
        if (taken != null && taken > 0) {
            throw new UserFacingException("money.offer.error.nameTaken", "name");
        }
        Objects.requireNonNull(zone);
    }

    private void linkCommunities(UUID offerId, Set<UUID> communityIds) {
        for (UUID communityId : new HashSet<>(communityIds)) {
            jdbc.update("insert into offer_community (offer_id, community_id) values (?, ?)", offerId, communityId);
        }
    }

    static @Nullable Timestamp start(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    static @Nullable Timestamp end(@Nullable LocalDate lastDay, ZoneId zone) {
        return lastDay == null ? null : Timestamp.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Set<UUID> uuids(java.sql.@Nullable Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((UUID[]) array.getArray()));
    }

    private static String name(@Nullable Enum<?> value) {
        return Objects.requireNonNull(value, "required").name();
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

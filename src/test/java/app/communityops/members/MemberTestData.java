package app.communityops.members;

import app.communityops.screening.ScreeningMechanism;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way tests create members, memberships, their history, tiers and channels without going through the
 * screens' services: hand-made rows written straight to the tables of one tenant (through RLS, as the app role).
 * Tests of other features use it too, so a change to the members' tables is made here once.
 */
@Component
public class MemberTestData {

    /** One member with one membership; fields left null take plain defaults. */
    public record Spec(String name, String handle, MembershipStatus status, Set<String> tags,
                       Set<ScreeningMechanism> mechanisms, @Nullable UUID channelId, @Nullable UUID tierId,
                       Instant appliedAt, @Nullable Instant joinedAt, @Nullable Instant lastActiveAt, int warnings) {

        public static Spec of(String name, String handle, MembershipStatus status) {
            Instant applied = Instant.parse("2026-01-01T00:00:00Z");
            Instant joined = status == MembershipStatus.JOINED ? applied.plusSeconds(86_400) : null;
            return new Spec(name, handle, status, Set.of(), Set.of(), null, null, applied, joined, joined, 0);
        }

        public Spec tags(String... values) {
            return new Spec(name, handle, status, Set.of(values), mechanisms, channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec mechanisms(ScreeningMechanism... values) {
            return new Spec(name, handle, status, tags, Set.of(values), channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec channel(@Nullable UUID value) {
            return new Spec(name, handle, status, tags, mechanisms, value, tierId, appliedAt, joinedAt, lastActiveAt,
                    warnings);
        }

        public Spec tier(@Nullable UUID value) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, value, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec dates(Instant applied, @Nullable Instant joined, @Nullable Instant active) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, tierId, applied, joined, active,
                    warnings);
        }

        public Spec warnings(int value) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, value);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MemberTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The tenant admin's grant of member contact details to the client's users (decision 0021). */
    public void grantContactAccess(UUID tenantId, UUID clientId) {
        inTenant(tenantId, () -> jdbc.update("update client set contact_access = true where id = ?", clientId));
    }

    /** A member and its membership, as {@link #addOne} created them. */
    public record Added(UUID member, UUID membership) {
    }

    /** Inserts the members into the community; returns the membership ids in the given order. */
    public List<UUID> add(UUID tenantId, UUID communityId, List<Spec> specs) {
        return inTenant(tenantId, () -> {
            List<UUID> ids = new ArrayList<>();
            for (Spec spec : specs) {
                ids.add(addOne(tenantId, communityId, spec).membership());
            }
            return ids;
        });
    }

    /** Inserts one member with its membership of the community. */
    public Added addOne(UUID tenantId, UUID communityId, Spec spec) {
        return inTenant(tenantId, () -> {
            UUID member = Uuids.v7();
            jdbc.update("""
                    insert into member (tenant_id, id, name, handle, tags, channel_id, tier_id, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?::varchar[], ?, ?, now(), 0)""",
                    member, spec.name(), spec.handle(), array(spec.tags()), spec.channelId(), spec.tierId());
            return new Added(member, membership(tenantId, communityId, member, spec));
        });
    }

    /** Another membership of an existing member, with the member's name and handle as the spec gives them. */
    public UUID membership(UUID tenantId, UUID communityId, UUID memberId, Spec spec) {
        UUID membership = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name,
                                        member_handle, channel_id, tier_id, tags, mechanisms, applied_at,
                                        joined_at, last_active_at, warning_count, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?, ?, ?,
                        now(), 0)""",
                membership, communityId, memberId, spec.status().name(), spec.name(), spec.handle(),
                spec.channelId(), spec.tierId(), array(spec.tags()),
                array(spec.mechanisms().stream().map(Enum::name).toList()), Timestamp.from(spec.appliedAt()),
                timestamp(spec.joinedAt()), timestamp(spec.lastActiveAt()), spec.warnings()));
        return membership;
    }

    /** One step of a membership's history, in the membership's community; the membership itself is left as it is. */
    public void event(UUID tenantId, UUID membershipId, MembershipEventType type, Instant at) {
        event(tenantId, Uuids.v7(), membershipId, type, at);
    }

    /** {@link #event(UUID, UUID, MembershipEventType, Instant)} with a chosen id (tests that order by id). */
    public void event(UUID tenantId, UUID eventId, UUID membershipId, MembershipEventType type, Instant at) {
        inTenant(tenantId, () -> jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at)
                select current_tenant_id(), ?, id, community_id, ?, ? from membership where id = ?""",
                eventId, type.name(), Timestamp.from(at), membershipId));
    }

    /** Sets the membership's warning count, as warnings recorded earlier would have left it. */
    public void warnings(UUID tenantId, UUID membershipId, int count) {
        inTenant(tenantId, () -> jdbc.update("update membership set warning_count = ? where id = ?", count,
                membershipId));
    }

    /** Sets when the member was last active, as the event ingest moves it. */
    public void lastActive(UUID tenantId, UUID membershipId, Instant at) {
        inTenant(tenantId, () -> jdbc.update("update membership set last_active_at = ? where id = ?",
                Timestamp.from(at), membershipId));
    }

    /** A warning citing a red line, as the membership history records one (the warning count is left alone). */
    public void redLineWarning(UUID tenantId, UUID membershipId, UUID redLineId, Instant at) {
        inTenant(tenantId, () -> jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, red_line_id)
                select current_tenant_id(), ?, id, community_id, 'WARNED', ?, ? from membership where id = ?""",
                Uuids.v7(), Timestamp.from(at), redLineId, membershipId));
    }

    /**
     * A stay event (JOINED, LEFT or ELIMINATED) recorded and the membership moved with it: a join sets the joined
     * date and clears the left one, a departure sets the left date.
     */
    public void stay(UUID tenantId, UUID membershipId, MembershipEventType type, Instant at) {
        event(tenantId, membershipId, type, at);
        inTenant(tenantId, () -> type == MembershipEventType.JOINED
                ? jdbc.update("update membership set status = 'JOINED', joined_at = ?, left_at = null where id = ?",
                        Timestamp.from(at), membershipId)
                : jdbc.update("update membership set status = ?, left_at = ? where id = ?", type.name(),
                        Timestamp.from(at), membershipId));
    }

    /** A screening decision on the membership, at that time. */
    public void decided(UUID tenantId, UUID membershipId, MembershipStatus status, Instant at) {
        inTenant(tenantId, () -> jdbc.update("update membership set status = ?, decided_at = ? where id = ?",
                status.name(), Timestamp.from(at), membershipId));
    }

    /**
     * Many joined members at once, named from a handful of names so that the order has long runs of ties, with
     * applied dates that repeat too.
     */
    public void addMany(UUID tenantId, UUID communityId, int count, int distinctNames) {
        inTenant(tenantId, () -> {
            jdbc.update("""
                    insert into member (tenant_id, id, name, handle, created_at, version)
                    select current_tenant_id(), md5(? || g)::uuid, 'Name ' || (g % ?), 'bulk-' || ? || '-' || g, now(), 0
                    from generate_series(1, ?) g""", communityId.toString(), distinctNames, communityId.toString(),
                    count);
            jdbc.update("""
                    insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                            applied_at, joined_at, created_at, version)
                    select current_tenant_id(), md5('ms' || ? || g)::uuid, ?, md5(? || g)::uuid, 'JOINED',
                           'Name ' || (g % ?), 'bulk-' || ? || '-' || g,
                           timestamptz '2026-01-01' + ((g % 97) || ' hours')::interval,
                           timestamptz '2026-02-01' + ((g % 13) || ' days')::interval, now(), 0
                    from generate_series(1, ?) g""", communityId.toString(), communityId, communityId.toString(),
                    distinctNames, communityId.toString(), count);
            return null;
        });
    }

    public UUID tier(UUID tenantId, String name, int rank) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into member_tier (tenant_id, id, name, rank, created_at, version)
                values (current_tenant_id(), ?, ?, ?, now(), 0)""", id, name, rank));
        return id;
    }

    public UUID channel(UUID tenantId, String name) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into acquisition_channel (tenant_id, id, name, created_at, version)
                values (current_tenant_id(), ?, ?, now(), 0)""", id, name));
        return id;
    }

    public void setCapacity(UUID tenantId, UUID communityId, int capacity) {
        inTenant(tenantId, () -> jdbc.update("update community set member_capacity = ? where id = ?", capacity,
                communityId));
    }

    public String status(UUID tenantId, UUID membershipId) {
        return inTenant(tenantId, () -> jdbc.queryForObject("select status from membership where id = ?",
                String.class, membershipId));
    }

    public int events(UUID tenantId, UUID membershipId) {
        return inTenant(tenantId, () -> jdbc.queryForObject(
                "select count(*) from membership_event where membership_id = ?", Integer.class, membershipId));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk rows of the benchmarks and the load data: set-based statements, each shaped for its data set, run in the
    // caller's transaction and tenant (static: the load data's generator runs the application without the tests'
    // beans). Ids are md5 hashes of a seed (the tenant's id) and a running number, e.g. md5(seed || 'member' || g),
    // so one statement refers to another's rows without reading them back.

    /** Tiers {@code md5(seed || 'tier' || r)} of rank {@code r = 1 ..} named {@code names[r - 1]}. */
    public static int bulkTiers(JdbcOperations jdbc, String seed, String... names) {
        return jdbc.update("""
                insert into member_tier (tenant_id, id, name, rank, created_at, version)
                select current_tenant_id(), md5(? || 'tier' || r)::uuid, v.name, r, now(), 0
                from unnest(?::varchar[]) with ordinality v(name, r)""", seed, names);
    }

    /** Channels {@code md5(seed || 'channel' || r)} for {@code r = first ..}, named {@code names[r - first]}. */
    public static int bulkChannels(JdbcOperations jdbc, String seed, int first, String... names) {
        return jdbc.update("""
                insert into acquisition_channel (tenant_id, id, name, created_at, version)
                select current_tenant_id(), md5(? || 'channel' || (? + n - 1))::uuid, v.name, now(), 0
                from unnest(?::varchar[]) with ordinality v(name, n)""", seed, first, names);
    }

    /**
     * The load data's members {@code 0 .. count - 1} ({@code md5(seed || 'member' || g)}, handle {@code m000042}),
     * of the channels {@code 1 .. 7} and tiers {@code 1 .. 4}. Names: a third English (30 first names, 30 family
     * names), two thirds Chinese (20 family names, 30 given names, some with a second syllable), about 1,500
     * different ones in all. Handles are unique.
     */
    public static int loadDataMembers(JdbcOperations jdbc, String seed, int count) {
        return jdbc.update(LOAD_DATA_MEMBERS, seed, seed, seed, count - 1);
    }

    private static final String LOAD_DATA_MEMBERS = """
            insert into member (tenant_id, id, name, handle, tags, channel_id, tier_id, lifetime_purchase, created_at,
                                version)
            select current_tenant_id(), md5(? || 'member' || g)::uuid,
                   case when g % 3 = 0
                        then (array['James','Mary','John','Linda','David','Susan','Michael','Karen','Daniel','Emma',
                                    'Oliver','Sophia','Lucas','Mia','Ethan','Ava','Noah','Chloe','Leo','Grace',
                                    'Henry','Isla','Jack','Lily','Owen','Ruby','Sam','Zoe','Adam','Nora'])
                                 [(1 + abs(hashint4(g)::bigint) % 30)::int]
                             || ' ' || (array['Smith','Chen','Wang','Johnson','Brown','Lee','Garcia','Miller','Davis',
                                    'Wilson','Taylor','Clark','Lewis','Walker','Hall','Young','King','Wright','Lopez',
                                    'Hill','Green','Adams','Baker','Nelson','Carter','Turner','Parker','Evans',
                                    'Morris','Reed'])[(1 + abs(hashint4(g + 1000003)::bigint) % 30)::int]
                        else (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何',
                                    '郭','马','罗'])[(1 + abs(hashint4(g)::bigint) % 20)::int]
                             || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明',
                                    '超','秀英','霞','平','刚','桂英','华','玉兰','鹏','婷','浩','宇','欣','晨'])
                                 [(1 + abs(hashint4(g + 7)::bigint) % 30)::int]
                             || case when g % 7 = 0 then (array['子','一','思','嘉','梓'])[1 + (g / 7) % 5] else '' end
                   end,
                   'm' || lpad(g::text, 6, '0'),
                   case when g % 4 = 0 then array[(array['product','operations','engineering','design','switcher',
                                                         'graduate'])[1 + g % 6]]
                        when g % 4 = 1 then array[(array['product','operations','engineering','design','switcher',
                                                         'graduate'])[1 + g % 6], (array['vip','active','newbie'])[1 + g % 3]]
                        else '{}' end::varchar(40)[],
                   md5(? || 'channel' || (1 + g % 7))::uuid, md5(? || 'tier' || (1 + (g / 7) % 4))::uuid, 0,
                   now() - ((3 + (g::bigint * 7919) % 450) || ' days')::interval, 0
            from generate_series(0, ?) g""";

    /**
     * One membership per load data member {@code g}, in community {@code md5(seed || 'community' || c)} with
     * {@code c = width_bucket(g, lows)}; statuses by {@code g % 100}: 0-77 joined, 78-87 waiting for review, 88-90
     * applied, 91 approved, 92-93 rejected, 94-95 eliminated, 96-99 left. Joined members joined {@code jd} days ago
     * (1 to 450); applications of the last 30 days wait.
     */
    public static int loadDataMemberships(JdbcOperations jdbc, String seed, int count, Integer[] lows) {
        return jdbc.update(LOAD_DATA_MEMBERSHIPS, seed, seed, count - 1, lows, seed);
    }

    private static final String LOAD_DATA_MEMBERSHIPS = """
            insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                    channel_id, tier_id, tags, mechanisms, applied_at, decided_at, decision_reason,
                                    joined_at, left_at, last_active_at, warning_count, answers, created_at, version)
            select m.tenant_id, md5(? || 'membership' || g)::uuid, md5(? || 'community' || k.c)::uuid, m.id, s.status,
                   m.name, m.handle, m.channel_id, m.tier_id, m.tags, '{CONDITION_REVIEW}'::varchar(16)[], s.applied,
                   s.decided, case when s.status = 'REJECTED' then 'Did not introduce themselves' end, s.joined,
                   s.departed,
                   case when s.joined is not null
                        then greatest(s.joined, now() - (case when g % 20 = 0 then 61 + g % 100 else g % 40 end
                                                         || ' days')::interval) end,
                   case when s.status = 'JOINED' then (g % 17 = 0)::int + (g % 101 = 0)::int else 0 end,
                   case when s.status in ('PENDING_REVIEW', 'APPLIED')
                        then 'Hi, I work in ' || coalesce(m.tags[1], 'a small team') || ' and want to learn with others.'
                   end,
                   s.applied, 0
            from generate_series(0, ?) g
            cross join lateral (select width_bucket(g, ?::int[]) as c, g % 100 as r,
                                       1 + (g::bigint * 7919) % 450 as jd) k
            cross join lateral (
                select case when k.r < 78 then 'JOINED' when k.r < 88 then 'PENDING_REVIEW' when k.r < 91 then 'APPLIED'
                            when k.r < 92 then 'APPROVED' when k.r < 94 then 'REJECTED' when k.r < 96 then 'ELIMINATED'
                            else 'LEFT' end as status,
                       date_trunc('day', now()) - (k.jd || ' days')::interval + ((3600 + g % 36000) || ' seconds')::interval
                           as joined_on,
                       now() - ((g % 30) || ' days')::interval - ((60 + g % 36000) || ' seconds')::interval as recent) t
            cross join lateral (
                select t.status,
                       case when t.status in ('JOINED', 'ELIMINATED', 'LEFT') then t.joined_on - interval '2 days'
                            else t.recent end as applied,
                       case when t.status in ('JOINED', 'ELIMINATED', 'LEFT') then t.joined_on - interval '1 day'
                            when t.status in ('APPROVED', 'REJECTED') then t.recent + (now() - t.recent) / 2 end
                           as decided,
                       case when t.status in ('JOINED', 'ELIMINATED', 'LEFT') then t.joined_on end as joined,
                       case when t.status in ('ELIMINATED', 'LEFT')
                            then t.joined_on + ((k.jd - 1) * (1 + g % 7) / 8 || ' days')::interval end as departed) s
            join member m on m.id = md5(? || 'member' || g)::uuid""";

    /**
     * The history the side panel and the KPIs read, of every membership of the tenant: applied, decided, joined,
     * departed; each recorded when it happened.
     */
    public static int historyOfEveryMembership(JdbcOperations jdbc) {
        return jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, reason,
                                              created_at)
                select tenant_id, md5(id::text || e.type)::uuid, id, community_id, e.type, e.at, e.reason, e.at
                from membership
                cross join lateral (values ('APPLIED', applied_at, null),
                                           (case when status = 'REJECTED' then 'REJECTED' else 'APPROVED' end,
                                            decided_at, decision_reason),
                                           ('JOINED', joined_at, null),
                                           (status, case when status in ('LEFT', 'ELIMINATED') then left_at end, null))
                                   as e(type, at, reason)
                where e.at is not null""");
    }

    /** Every member's lifetime purchase: the sum of its orders less their refunds (after bulk orders). */
    public static int lifetimePurchasesFromOrders(JdbcOperations jdbc) {
        return jdbc.update("""
                update member m set lifetime_purchase = t.total
                from (select member_id, sum(amount - refunded) as total from money_order group by member_id) t
                where m.id = t.member_id""");
    }

    /**
     * The members grid benchmark's members {@code 1 .. count} (handle {@code user<g>}) of the channels {@code 1 .. 7}
     * and tiers {@code 1 .. 4}: long runs of shared names, Chinese tags, one member in 50,000 a mentor.
     */
    public static int gridBenchMembers(JdbcOperations jdbc, String seed, int count) {
        return jdbc.update(GRID_BENCH_MEMBERS, seed, seed, seed, count);
    }

    private static final String GRID_BENCH_MEMBERS = """
            insert into member (tenant_id, id, name, handle, tags, channel_id, tier_id, lifetime_purchase, created_at,
                                version)
            select current_tenant_id(), md5(? || 'member' || g)::uuid,
                   case when g % 3 = 0
                        then (array['James','Mary','John','Linda','David','Susan','Michael','Karen','Daniel','Emma',
                                    'Oliver','Sophia','Lucas','Mia','Ethan','Ava','Noah','Chloe','Leo','Grace'])[1 + g % 20]
                             || ' ' || (array['Smith','Chen','Wang','Johnson','Brown','Lee','Garcia','Miller','Davis',
                                    'Wilson','Taylor','Clark','Lewis','Walker','Hall','Young','King','Wright','Lopez',
                                    'Hill','Green','Adams','Baker','Nelson','Carter'])[1 + (g / 20) % 25]
                        else (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何',
                                    '郭','马','罗'])[1 + g % 20]
                             || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明',
                                    '超','秀英','霞','平','刚','桂英','华','玉兰','鹏','婷','浩','宇','欣','晨'])[1 + (g / 20) % 30]
                             || case when g % 7 = 0 then (array['子','一','思','嘉','梓'])[1 + (g / 600) % 5] else '' end
                   end,
                   'user' || g,
                   case when g % 50000 = 0 then array['mentor']
                        when g % 4 = 0 then array[(array['产品','运营','技术','设计','转行','应届'])[1 + g % 6]]
                        when g % 4 = 1 then array[(array['产品','运营','技术','设计','转行','应届'])[1 + g % 6],
                                                  (array['vip','active','newbie'])[1 + g % 3]]
                        else '{}' end::varchar(40)[],
                   md5(? || 'channel' || (1 + g % 7))::uuid, md5(? || 'tier' || (1 + (g / 7) % 4))::uuid,
                   (g % 500)::numeric, now(), 0
            from generate_series(1, ?) g""";

    /**
     * One membership per grid benchmark member {@code g}: members {@code 1 .. largest} in community 0, the others
     * spread over the other {@code communities - 1}; 95 % joined, applied on fixed days of 2024-2026.
     */
    public static int gridBenchMemberships(JdbcOperations jdbc, String seed, int largest, int communities, int count) {
        return jdbc.update(GRID_BENCH_MEMBERSHIPS, seed, seed, largest, communities, count, seed);
    }

    private static final String GRID_BENCH_MEMBERSHIPS = """
            insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                    channel_id, tier_id, tags, mechanisms, applied_at, decided_at, joined_at, left_at,
                                    last_active_at, warning_count, created_at, version)
            select m.tenant_id, md5(? || 'membership' || g)::uuid,
                   md5(? || 'community' || (case when g <= ? then 0 else 1 + g % (? - 1) end))::uuid,
                   m.id, s.status, m.name, m.handle, m.channel_id, m.tier_id, m.tags,
                   case g % 5 when 0 then '{PAID_ENTRY}' when 1 then '{INVITATION_CODE}'
                              when 2 then '{PAID_ENTRY,CONDITION_REVIEW}' when 3 then '{TIER_PRIVILEGE}'
                              else '{}' end::varchar(16)[],
                   s.applied,
                   case when s.status not in ('APPLIED', 'PENDING_REVIEW') then s.applied + interval '2 days' end,
                   case when s.status in ('JOINED', 'ELIMINATED', 'LEFT') then s.applied + interval '3 days' end,
                   case when s.status in ('ELIMINATED', 'LEFT') then s.applied + interval '100 days' end,
                   case when s.status in ('JOINED', 'ELIMINATED', 'LEFT') and g % 10 <> 0
                        then s.applied + ((g % 300) || ' days')::interval end,
                   case when s.status = 'JOINED' then (g % 17 = 0)::int + (g % 101 = 0)::int else 0 end,
                   now(), 0
            from generate_series(1, ?) g
            join member m on m.id = md5(? || 'member' || g)::uuid
            cross join lateral (
                select case when g % 100 < 95 then 'JOINED' when g % 100 < 97 then 'PENDING_REVIEW'
                            when g % 100 < 98 then 'APPLIED' when g % 100 < 99 then 'ELIMINATED' else 'LEFT' end
                           as status,
                       timestamptz '2024-01-01' + ((g::bigint * 7919) % 900 || ' days')::interval
                           + ((g % 86400) || ' seconds')::interval as applied) s""";

    /**
     * The KPI benchmark's members {@code 0 .. count - 1} ({@code Member <g>}, handle {@code user<g>}), of channel
     * {@code g % 7}.
     */
    public static int kpiBenchMembers(JdbcOperations jdbc, String seed, int count) {
        return jdbc.update("""
                insert into member (tenant_id, id, name, handle, channel_id, created_at, version)
                select current_tenant_id(), md5(? || 'member' || g)::uuid, 'Member ' || g, 'user' || g,
                       md5(? || 'channel' || g % 7)::uuid, now(), 0
                from generate_series(0, ? - 1) g""", seed, seed, count);
    }

    /**
     * One membership per KPI benchmark member {@code g}, in community {@code g % communities}: joined at a day of the
     * last 400, 6 % left 60 days later; and their JOINED and LEFT events, which arrive when they occur (departures
     * still ahead were recorded now).
     */
    public static void kpiBenchMemberships(JdbcOperations jdbc, String seed, int communities, int count) {
        jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        channel_id, applied_at, decided_at, joined_at, left_at, created_at, version)
                select current_tenant_id(), md5(? || 'membership' || g)::uuid,
                       md5(? || 'community' || g % ?)::uuid, md5(? || 'member' || g)::uuid,
                       case when g % 50 < 3 then 'LEFT' else 'JOINED' end, 'Member ' || g, 'user' || g,
                       md5(? || 'channel' || g % 7)::uuid, j.at - interval '1 day', j.at - interval '1 hour',
                       j.at, case when g % 50 < 3 then j.at + interval '60 days' end, now(), 0
                from generate_series(0, ? - 1) g
                cross join lateral (select now() - ((g::bigint * 7919) % 400 || ' days')::interval
                                                 - ((g % 86400) || ' seconds')::interval as at) j""",
                seed, seed, communities, seed, seed, count);
        jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at,
                                              created_at)
                select current_tenant_id(), md5(id::text || 'joined')::uuid, id, community_id, 'JOINED', joined_at,
                       least(joined_at, now())
                from membership""");
        jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at,
                                              created_at)
                select current_tenant_id(), md5(id::text || 'left')::uuid, id, community_id, 'LEFT', left_at,
                       least(left_at, now())
                from membership where left_at is not null""");
    }

    /**
     * Members {@code Member <i>} with handle {@code handle-<i>} and external id {@code ext-<i>} for
     * {@code i = 1 .. count}, with random ids (the event ingest benchmark's, addressed by external id).
     */
    public static int numberedMembers(JdbcOperations jdbc, int count) {
        return jdbc.update("""
                insert into member (tenant_id, id, name, handle, external_id, created_at, version)
                select current_tenant_id(), gen_random_uuid(), 'Member ' || i, 'handle-' || i, 'ext-' || i, now(), 0
                from generate_series(1, ?) i""", count);
    }

    public <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }

    private static String array(java.util.Collection<String> values) {
        StringBuilder text = new StringBuilder("{");
        for (String value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text.append('}').toString();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

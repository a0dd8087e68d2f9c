package app.communityops.bench.load;

import app.communityops.engagement.EngagementTestData;
import app.communityops.shared.TenantContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The load data's bulk rows, set-based through the application role under row-level security with the tenant set,
 * as {@code KpiBenchmark} and {@code MembersGridBenchmark} write theirs: ids are md5 hashes of the tenant (its
 * {@code seed}) and a running number, so statements refer to each other's rows without reading them back.
 *
 * <p>Member {@code g} of a tenant belongs to community {@code width_bucket(g, lows)} (contiguous ranges, one per
 * community) and has a status given by {@code g % 100}: 0-77 joined, 78-87 waiting for review, 88-90 applied,
 * 91 approved, 92-93 rejected, 94-95 eliminated, 96-99 left. So the joined members can be numbered
 * arithmetically ({@code g = j / 78 * 100 + j % 78}) and events and orders pick among them without a lookup.
 */
final class LoadDataRows {

    /** Members whose {@code g % 100} is below this are joined. */
    static final int JOINED_PERCENT = 78;

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final Environment environment;

    LoadDataRows(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Environment environment) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.environment = environment;
    }

    /** How many of {@code members} members are joined. */
    static int joined(int members) {
        return members / 100 * JOINED_PERCENT;
    }

    /** The first member number of each community after the first: {@code width_bucket}'s thresholds. */
    static Integer[] lows(int[] sizes) {
        Integer[] lows = new Integer[sizes.length - 1];
        int sum = 0;
        for (int c = 0; c < sizes.length - 1; c++) {
            sum += sizes[c];
            lows[c] = sum;
        }
        return lows;
    }

    /** PostgreSQL's {@code md5(seed || what)::uuid}: the raw digest, unlike a name-based UUID (version 3). */
    static UUID md5(String seed, String what) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5")
                    .digest((seed + what).getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Engagement events of the tenant's {@code sessions} sessions among its {@code joined} joined members. */
    int events(UUID tenantId, String seed, Integer[] lows, int sessions, int joined) {
        return inTenant(tenantId, () -> jdbc.update(EVENTS, seed, seed, lows, seed, sessions, joined));
    }

    /** The tenant's members {@code 0 .. members - 1}, one membership each, and the memberships' history. */
    void members(UUID tenantId, String seed, int members, Integer[] lows) {
        inTenant(tenantId, () -> jdbc.update(MEMBER_ROWS, seed, seed, seed, members - 1));
        owner(List.of("analyze member"));
        inTenant(tenantId, () -> {
            jdbc.update(MEMBERSHIP_ROWS, seed, seed, members - 1, lows, seed);
            return jdbc.update(MEMBERSHIP_HISTORY);
        });
    }

    /**
     * Names: a third English (30 first names, 30 family names), two thirds Chinese (20 family names, 30 given
     * names, some with a second syllable), about 1,500 different ones in all. Handles are unique.
     */
    private static final String MEMBER_ROWS = """
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
     * One membership per member, in community {@code width_bucket(g, lows)}; statuses by {@code g % 100} (class
     * comment). Joined members joined {@code jd} days ago (1 to 450); applications of the last 30 days wait.
     */
    private static final String MEMBERSHIP_ROWS = """
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

    /** The history the side panel and the KPIs read: applied, decided, joined, departed; each recorded when it happened. */
    private static final String MEMBERSHIP_HISTORY = """
            insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, reason,
                                          created_at)
            select tenant_id, md5(id::text || e.type)::uuid, id, community_id, e.type, e.at, e.reason, e.at
            from membership
            cross join lateral (values ('APPLIED', applied_at, null),
                                       (case when status = 'REJECTED' then 'REJECTED' else 'APPROVED' end, decided_at,
                                        decision_reason),
                                       ('JOINED', joined_at, null),
                                       (status, case when status in ('LEFT', 'ELIMINATED') then left_at end, null))
                               as e(type, at, reason)
            where e.at is not null""";

    /**
     * Session s: joined member j = (s · 7919) mod J (7919 is prime to J, so every joined member has sessions), i.e.
     * member g = j / 78 · 100 + j mod 78; on a day since the member joined (at most 395 days back, never today),
     * between 08:00 and 22:00 in Shanghai, 1 to 7 events a minute apart.
     */
    private static final String EVENTS = EngagementTestData.sessionEvents("load", new EngagementTestData.Sessions(
            "0, ? - 1",
            "select j / 78 * 100 + j % 78 as g from (select (s::bigint * 7919) % ? as j) jj",
            "md5(? || 'community' || width_bucket(m.g, ?::int[]))::uuid",
            """
            date_trunc('day', now())
                - ((1 + abs(hashint4(s)::bigint) % greatest(1, least((m.g::bigint * 7919) % 450, 395))) || ' days')::interval
                + ((abs(hashint4(s + 1)::bigint) % 50400) || ' seconds')::interval"""));

    /** Three offers on sale in every community, the orders, every 25th refunded, a third reviewed. */
    void orders(UUID tenantId, String seed, Integer[] lows, int orders, int joined) {
        inTenant(tenantId, () -> {
            jdbc.update("""
                    insert into offer (tenant_id, id, name, type, price, currency, status, hit_product, created_at,
                                       version)
                    values (current_tenant_id(), md5(? || 'offer0')::uuid, 'Interview bootcamp', 'PAID_KNOWLEDGE', 299,
                            'CNY', 'ON_SALE', true, now() - interval '420 days', 0),
                           (current_tenant_id(), md5(? || 'offer1')::uuid, '1-on-1 mock interview', 'SERVICE', 199,
                            'CNY', 'ON_SALE', false, now() - interval '420 days', 0),
                           (current_tenant_id(), md5(? || 'offer2')::uuid, 'Expert consulting (1 h)', 'SERVICE', 599,
                            'CNY', 'ON_SALE', false, now() - interval '420 days', 0)""", seed, seed, seed);
            jdbc.update("""
                    insert into offer_community (offer_id, community_id)
                    select o.id, c.id from offer o cross join community c""");
            jdbc.update(ORDER_ROWS, seed, seed, lows, seed, seed, orders, joined);
            jdbc.update("""
                    insert into money_refund (tenant_id, id, order_id, amount, refunded_at, reason, created_at, version)
                    select tenant_id, md5(id::text || 'refund')::uuid, id, refunded,
                           least(paid_at + interval '2 days', now()), 'Not satisfied',
                           least(paid_at + interval '2 days', now()), 0
                    from money_order where refunded > 0""");
            jdbc.update("""
                    insert into money_review (tenant_id, id, order_id, rating, text, reviewed_at, created_at, version)
                    select tenant_id, md5(id::text || 'review')::uuid, id,
                           case when refunded > 0 then 2 else 3 + abs(hashtext(id::text)::bigint) % 3 end,
                           (array['Practical, helped a lot before my interview', 'The mentor answered quickly',
                                  'Average, hoped for more depth', 'The mock interview felt real'])
                               [(1 + abs(hashtext(id::text || 'text')::bigint) % 4)::int],
                           least(paid_at + interval '3 days', now()), least(paid_at + interval '3 days', now()), 0
                    from money_order where abs(hashtext(id::text)::bigint) % 3 = 0""");
            return jdbc.update("""
                    update member m set lifetime_purchase = t.total
                    from (select member_id, sum(amount - refunded) as total from money_order group by member_id) t
                    where m.id = t.member_id""");
        });
    }

    /** Order o: joined member (o · 104729) mod J, on a day since it joined; every 25th refunded in full. */
    private static final String ORDER_ROWS = """
            insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, refunded,
                                     paid_at, channel, created_at, version)
            select current_tenant_id(), md5(? || 'order' || o)::uuid,
                   md5(? || 'community' || width_bucket(m.g, ?::int[]))::uuid, md5(? || 'offer' || f.k)::uuid,
                   md5(? || 'member' || m.g)::uuid, f.price, 'CNY', case when o % 25 = 0 then f.price else 0 end, x.at,
                   (array['IN_GROUP', 'PRIVATE_CHAT', 'LIVE_STREAM', 'MINI_PROGRAM'])[1 + o % 4], x.at, 0
            from generate_series(0, ? - 1) o
            cross join lateral (select j / 78 * 100 + j % 78 as g from (select (o::bigint * 104729) % ? as j) jj) m
            cross join lateral (select case when o % 10 < 5 then 0 when o % 10 < 8 then 1 else 2 end as k) fk
            cross join lateral (select fk.k, (array[299, 199, 599])[1 + fk.k]::numeric as price) f
            cross join lateral (select date_trunc('day', now())
                                       - ((1 + abs(hashint4(o + 77)::bigint) % greatest(1, least((m.g::bigint * 7919) % 450, 395)))
                                          || ' days')::interval
                                       + ((abs(hashint4(o)::bigint) % 50400) || ' seconds')::interval as at) x""";

    /**
     * Drops the secondary indexes of the bulk-loaded tables and the events' primary key (random ids: the most
     * expensive index to keep up row by row); answers the statements that recreate them (as KpiBenchmark).
     */
    List<String> dropSecondaryIndexes() {
        String secondary = """
                from pg_indexes i
                where i.schemaname = 'public' and i.tablename in ('member', 'membership', 'membership_event',
                                                                   'money_order', 'engagement_event')
                  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""";
        String key = "from pg_constraint where conrelid = 'engagement_event'::regclass and contype = 'p'";
        List<String> recreate = new ArrayList<>(jdbc.queryForList(
                "select 'alter table engagement_event add constraint ' || conname || ' ' || pg_get_constraintdef(oid) "
                        + key, String.class));
        // A partitioned table's definition reads "ON ONLY", which would leave the partitions without the index.
        jdbc.queryForList("select i.indexdef " + secondary, String.class)
                .forEach(definition -> recreate.add(definition.replace(" ON ONLY ", " ON ")));
        List<String> drop = new ArrayList<>();
        jdbc.queryForList("select 'drop index ' || i.indexname " + secondary, String.class).forEach(drop::add);
        jdbc.queryForList("select 'alter table engagement_event drop constraint ' || conname " + key, String.class)
                .forEach(drop::add);
        owner(drop);
        return recreate;
    }

    /** Six items per community, from last month's published deep dive to next month's draft and an idea. */
    void content(UUID tenantId, String seed, UUID author, String authorName, int communities) {
        inTenant(tenantId, () -> {
            jdbc.update("""
                    insert into content_item (tenant_id, id, kind, category, title, body, markdown, author_id, channel,
                                              publish_at, status, views, reactions, replies, shares, created_at, version)
                    select current_tenant_id(), md5(? || 'content' || c || '-' || v.i)::uuid, v.kind, v.category,
                           v.title, '## ' || v.title || E'\\n\\n- Point one\\n- Point two', true, ?, 'WeChat group',
                           case when v.days is not null
                                then date_trunc('day', now()) + (v.days || ' days')::interval + interval '2 hours' end,
                           v.status, v.views, v.views / 12, v.views / 60, v.views / 90, now() - interval '40 days', 0
                    from generate_series(0, ? - 1) c
                    cross join (values (0, 'VALUE', 'DEEP_DIVE', 'Hiring trends this year', 'PUBLISHED', -35, 1860),
                                       (1, 'INSTITUTIONAL', 'RULES', 'Group rules: ads and QR codes', 'PUBLISHED', -3,
                                        940),
                                       (2, 'VALUE', 'EXPERT_SERIES', 'Interviewer series, part 3', 'SCHEDULED', 2, null),
                                       (3, 'VALUE', 'PRACTICAL_TIPS', 'The STAR method for CVs', 'IN_REVIEW', 5, null),
                                       (4, 'VALUE', 'TOOLS_MODELS', 'SWOT for career planning', 'DRAFT', 33, null),
                                       (5, 'INSTITUTIONAL', 'REWARDS', 'Mentor of the month nominations', 'IDEA', null,
                                        null))
                         as v(i, kind, category, title, status, days, views)""",
                    seed, author, communities);
            jdbc.update("""
                    insert into content_item_community (content_id, community_id)
                    select md5(? || 'content' || c || '-' || i)::uuid, md5(? || 'community' || c)::uuid
                    from generate_series(0, ? - 1) c cross join generate_series(0, 5) i""",
                    seed, seed, communities);
            return jdbc.update("""
                    insert into content_transition (tenant_id, id, content_id, from_status, to_status, actor_id,
                                                    actor_name, occurred_at, created_at, version)
                    select current_tenant_id(), md5(id::text || 'created')::uuid, id, null, status, ?, ?,
                           created_at, created_at, 0
                    from content_item""", author, authorName);
        });
    }

    <T> T inTenant(UUID tenantId, Supplier<T> work) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }

    /** A count read as the schema owner (e.g. of Liquibase's own table, which the application role may not read). */
    long ownerCount(String sql) {
        try (Connection connection = DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs the statements in one session of the schema owner (vacuum, index builds: not the app role's rights). */
    void owner(List<String> statements) {
        try (Connection connection = DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }
}

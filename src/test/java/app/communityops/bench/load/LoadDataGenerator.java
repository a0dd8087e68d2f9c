package app.communityops.bench.load;

import app.communityops.Application;
import app.communityops.activity.ActivityFilter;
import app.communityops.activity.ActivityForm;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.activity.Frequency;
import app.communityops.activity.FunnelStage;
import app.communityops.activity.HostKind;
import app.communityops.activity.MonthlyBy;
import app.communityops.kpi.RollupService;
import app.communityops.report.BrandingForm;
import app.communityops.report.ReportBrandingService;
import app.communityops.report.ReportSnapshotService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.SignedIn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the load data ({@link LoadDataSet}) through a Spring context of the application on its embedded
 * PostgreSQL: the schema is what Liquibase makes of the changelogs, every row goes in through the application role
 * under row-level security with the tenant set, and what the application derives is derived by its own services
 * (activity series, KPI rollups, the monthly reports, branding). Bulk rows are generated set-based, as in
 * {@code KpiBenchmark} and {@code MembersGridBenchmark}: ids are md5 hashes of the tenant and a running number, so
 * statements can refer to each other's rows without reading them back.
 *
 * <p>Member {@code g} of a tenant belongs to community {@code width_bucket(g, lows)} (contiguous ranges of the
 * community sizes) and has a status given by {@code g % 100}: 0-77 joined, 78-87 waiting for review, 88-90 applied,
 * 91 approved, 92-93 rejected, 94-95 eliminated, 96-99 left. So the joined members are numbered arithmetically and
 * events and orders pick among them without a lookup.
 */
final class LoadDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(LoadDataGenerator.class);

    static final String AGENCY = "Load Agency";
    static final int COMMUNITIES = 50;
    static final int CLIENTS = 30;
    static final int OPERATORS = 50;
    static final int CLIENT_USERS_PER_CLIENT = 10;
    static final int MEMBERS = 200_000;
    /** Sessions of 1 to 7 events (4 on average): 1,999,994 engagement events. */
    static final int SESSIONS = 500_000;
    static final int ORDERS = 30_000;
    static final int SMALL_TENANTS = 20;
    static final int SMALL_COMMUNITY_MEMBERS = 500;
    /** Members whose {@code g % 100} is below this are joined. */
    private static final int JOINED_PERCENT = 78;

    private static final String[] TOPICS = {"Career Growth", "Product Managers", "Data Science", "Frontend Guild",
        "Indie Makers", "Sunrise Bakers", "Trail Runners", "Photo Walks", "Parents Circle", "Language Exchange"};
    private static final String[] KINDS = {"Camp", "Club", "Forum", "Circle", "Lounge"};
    private static final String[] CHANNELS = {"WECOM", "FORUM", "KNOWLEDGE_PLANET", "DISCORD", "TELEGRAM", "SLACK"};
    private static final String[] CLIENT_FIRST = {"Bright", "Blue", "Golden", "Green", "Silver", "Red"};
    private static final String[] CLIENT_SECOND = {"Education", "Bakery", "Retail", "Fitness", "Studio"};

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final Environment environment;
    private final String passwordHash;
    private final Map<String, String> figures = new LinkedHashMap<>();

    private LoadDataGenerator(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactionManager = context.getBean(PlatformTransactionManager.class);
        this.environment = context.getEnvironment();
        // One hash for every user: hashing 370 times would only cost time (the encoder is slow on purpose).
        this.passwordHash = context.getBean(PasswordEncoder.class).encode(LoadDataSet.PASSWORD);
    }

    /** Generates into the embedded PostgreSQL folder {@code dataDir}; writes accounts and figures into {@code out}. */
    static void generate(Path dataDir, Path out) throws IOException {
        long start = System.nanoTime();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("communityops.embedded-db.data-dir", dataDir.toAbsolutePath().toString());
        properties.put("communityops.embedded-db.durable", "true");
        properties.put("communityops.scheduler.enabled", "false");
        properties.put("communityops.demo-data", "false");
        properties.put("communityops.mfa.key-file", "");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.org.atmosphere", "warn");
        properties.put("logging.level.com.vaadin", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).properties(properties).run()) {
            LoadDataGenerator generator = new LoadDataGenerator(context);
            log.info("Application context up in {} s", seconds(start));
            generator.run(out);
        }
        log.info("Load data generated in {} s", seconds(start));
    }

    private void run(Path out) throws IOException {
        Agency agency = agency();
        List<Small> small = new ArrayList<>();
        for (int n = 1; n <= SMALL_TENANTS; n++) {
            small.add(smallTenant(n));
        }
        bulk(agency, small);
        long services = System.nanoTime();
        asUser(agency.admin(), () -> {
            activities(agency);
            branding();
        });
        content(agency);
        targets(agency);
        log.info("Activities, content, targets and branding in {} s", seconds(services));
        long rollups = System.nanoTime();
        SignedIn.run(agency.admin(), () -> context.getBean(RollupService.class).rebuild());
        for (Small tenant : small) {
            SignedIn.run(tenant.admin(), () -> context.getBean(RollupService.class).rebuild());
        }
        owner(List.of("vacuum analyze kpi_member_day", "vacuum analyze kpi_daily", "vacuum analyze kpi_member_flow"));
        log.info("KPI rollups rebuilt in {} s", seconds(rollups));
        long reports = System.nanoTime();
        int issued = issueLastMonth(agency.tenantId());
        log.info("{} reports of last month issued in {} s", issued, seconds(reports));
        figures.put("report_snapshot", String.valueOf(issued));
        figures.put("seconds.reports", seconds(reports));
        writeAccounts(agency, small, out.resolve(LoadDataSet.ACCOUNTS));
        collectFigures(agency);
        Properties written = new Properties();
        written.putAll(figures);
        try (OutputStream stream = Files.newOutputStream(out.resolve(LoadDataSet.FIGURES))) {
            written.store(stream, "Load data figures");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The agency: tenant, clients, users, communities, staff assignment, screening policies, partitions.

    private record Agency(UUID tenantId, String seed, AppPrincipal admin, List<UUID> communities, int[] sizes,
                          Map<String, UUID> users) {
    }

    private record Small(UUID tenantId, String seed, String name, AppPrincipal admin, String adminEmail,
                         String operatorEmail, List<UUID> communities) {
    }

    private Agency agency() {
        long start = System.nanoTime();
        UUID tenantId = tenant(AGENCY, 100, 1_000_000, 1_000);
        String seed = tenantId.toString();
        int[] sizes = sizes();
        Agency agency = inTenant(tenantId, () -> {
            List<UUID> clients = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                clients.add(client(seed, k, CLIENT_FIRST[k % CLIENT_FIRST.length] + " "
                        + CLIENT_SECOND[k / CLIENT_FIRST.length]));
            }
            Map<String, UUID> users = new LinkedHashMap<>();
            users.put("admin@load.test", user("admin@load.test", "Ada Admin", Roles.TENANT_ADMIN, null));
            for (int i = 1; i <= OPERATORS; i++) {
                String email = "operator%03d@load.test".formatted(i);
                users.put(email, user(email, "Operator %03d".formatted(i), Roles.OPERATOR, null));
            }
            for (int k = 0; k < CLIENTS; k++) {
                for (int i = 1; i <= CLIENT_USERS_PER_CLIENT; i++) {
                    int number = k * CLIENT_USERS_PER_CLIENT + i;
                    String email = "client%03d@load.test".formatted(number);
                    users.put(email, user(email, "Client user %03d".formatted(number), Roles.CLIENT, clients.get(k)));
                }
            }
            List<UUID> communities = new ArrayList<>();
            for (int c = 0; c < COMMUNITIES; c++) {
                // Clients 1-20 have two communities each, clients 21-30 one.
                UUID client = clients.get(c < 40 ? c / 2 : c - 20);
                communities.add(community(seed, c, TOPICS[c % TOPICS.length] + " " + KINDS[c / TOPICS.length],
                        CHANNELS[c % CHANNELS.length], client, sizes[c]));
            }
            // Operator i (from 0) works on communities i, i+10, ..., i+40 (mod 50): every community has five.
            for (int i = 0; i < OPERATORS; i++) {
                UUID operator = users.get("operator%03d@load.test".formatted(i + 1));
                for (int k = 0; k < 5; k++) {
                    jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)",
                            communities.get((i + 10 * k) % COMMUNITIES), operator);
                }
            }
            lists(seed);
            return new Agency(tenantId, seed, principal(tenantId, users.get("admin@load.test"), "admin@load.test",
                    "Ada Admin"), communities, sizes, users);
        });
        inTenant(tenantId, () -> {
            LocalDate today = LocalDate.now(LoadDataSet.ZONE);
            for (YearMonth month = YearMonth.from(today.minusDays(400)); !month.isAfter(YearMonth.from(today)
                    .plusMonths(1)); month = month.plusMonths(1)) {
                jdbc.queryForObject("select engagement_ensure_partition(?)", String.class,
                        Date.valueOf(month.atDay(1)));
            }
            return null;
        });
        log.info("Agency, clients, {} users and {} communities in {} s", agency.users().size(), COMMUNITIES,
                seconds(start));
        return agency;
    }

    /**
     * 60,000, 12,000, 8,000 and 6,000 members in the four largest communities; the other 46 share the remaining
     * 114,000 unevenly (about 1,000 to 4,000 each).
     */
    static int[] sizes() {
        int[] sizes = new int[COMMUNITIES];
        sizes[0] = 60_000;
        sizes[1] = 12_000;
        sizes[2] = 8_000;
        sizes[3] = 6_000;
        int rest = MEMBERS - 86_000;
        long[] raw = new long[COMMUNITIES];
        long total = 0;
        for (int c = 4; c < COMMUNITIES; c++) {
            raw[c] = 1_000 + (c * 7919L % 31) * 100;
            total += raw[c];
        }
        int given = 0;
        for (int c = 4; c < COMMUNITIES; c++) {
            sizes[c] = (int) (raw[c] * rest / total);
            given += sizes[c];
        }
        sizes[4] += rest - given;
        return sizes;
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

    private Small smallTenant(int n) {
        String name = "Small Agency %02d".formatted(n);
        UUID tenantId = tenant(name, 5, 10_000, 5);
        String seed = tenantId.toString();
        String adminEmail = "admin@small%02d.load.test".formatted(n);
        String operatorEmail = "operator@small%02d.load.test".formatted(n);
        return inTenant(tenantId, () -> {
            UUID client = client(seed, 0, "Small Client %02d".formatted(n));
            UUID admin = user(adminEmail, "Small Admin %02d".formatted(n), Roles.TENANT_ADMIN, null);
            UUID operator = user(operatorEmail, "Small Operator %02d".formatted(n), Roles.OPERATOR, null);
            List<UUID> communities = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                UUID community = community(seed, c, "Small Community %02d-%s".formatted(n, c == 0 ? "A" : "B"),
                        "WECOM", client, SMALL_COMMUNITY_MEMBERS);
                jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", community,
                        operator);
                communities.add(community);
            }
            lists(seed);
            return new Small(tenantId, seed, name, principal(tenantId, admin, adminEmail, "Small Admin"),
                    adminEmail, operatorEmail, communities);
        });
    }

    private UUID tenant(String name, int communities, int members, int seats) {
        UUID id = Uuids.v7();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.update("""
                insert into tenant (id, name, status, max_communities, max_members, max_staff_seats, created_at, version)
                values (?, ?, 'ACTIVE', ?, ?, ?, now() - interval '430 days', 0)""", id, name, communities, members,
                seats));
        return id;
    }

    private UUID client(String seed, int k, String name) {
        UUID id = md5(seed, "client" + k);
        String contact = name.toLowerCase(Locale.ROOT).replace(' ', '.');
        jdbc.update("""
                insert into client (tenant_id, id, name, contact_name, contact_email, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, now() - interval '420 days', 0)""",
                id, name, "Contact of " + name, contact + "@client.load.test");
        return id;
    }

    private UUID user(String email, String name, String role, UUID client) {
        UUID id = Uuids.v7();
        jdbc.update("insert into login_email (email, created_at) values (?, now())", email);
        jdbc.update("""
                insert into user_account (tenant_id, id, email, password_hash, display_name, role, client_id, enabled,
                                          locale, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, true, 'en', now() - interval '420 days', 0)""",
                id, email, passwordHash, name, role, client);
        return id;
    }

    private UUID community(String seed, int c, String name, String channel, UUID client, int size) {
        UUID id = md5(seed, "community" + c);
        jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, description,
                                       created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, 'ACTIVE', null, ?, now() - interval '420 days', 0)""",
                id, name, channel, client, "A community of about " + size + " members, for the load test.");
        // Condition review without conditions: a reviewer's approval alone lets an applicant in.
        jdbc.update("""
                insert into screening_policy (tenant_id, community_id, combine, condition_review, condition_criteria,
                                              version)
                values (current_tenant_id(), ?, 'ALL', true, 'Introduces themselves and their goal', 0)""", id);
        return id;
    }

    private void lists(String seed) {
        jdbc.update("""
                insert into member_tier (tenant_id, id, name, rank, created_at, version)
                select current_tenant_id(), md5(? || 'tier' || r)::uuid,
                       (array['Bronze', 'Silver', 'Gold', 'Platinum'])[r], r, now(), 0
                from generate_series(1, 4) r""", seed);
        jdbc.update("""
                insert into acquisition_channel (tenant_id, id, name, created_at, version)
                select current_tenant_id(), md5(? || 'channel' || r)::uuid,
                       (array['WeChat ads', 'Referral', 'Xiaohongshu', 'Douyin', 'Offline event', 'Partner',
                              'Website'])[r], now(), 0
                from generate_series(1, 7) r""", seed);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk rows: members, memberships and their history, engagement events, orders.

    private void bulk(Agency agency, List<Small> small) {
        // Loading into tables without their secondary indexes and building those once afterwards is several times
        // faster than maintaining them row by row (KpiBenchmark); they are rebuilt exactly as the changelogs made them.
        List<String> indexes = dropSecondaryIndexes();
        long start = System.nanoTime();
        members(agency.tenantId(), agency.seed(), MEMBERS, lows(agency.sizes()));
        for (Small tenant : small) {
            members(tenant.tenantId(), tenant.seed(), 2 * SMALL_COMMUNITY_MEMBERS,
                    new Integer[] {SMALL_COMMUNITY_MEMBERS});
        }
        log.info("Members, memberships and their history in {} s", seconds(start));
        long events = System.nanoTime();
        inTenant(agency.tenantId(), () -> jdbc.update(EVENTS, agency.seed(), agency.seed(), lows(agency.sizes()),
                agency.seed(), SESSIONS, joined(MEMBERS)));
        log.info("Engagement events in {} s", seconds(events));
        long orders = System.nanoTime();
        orders(agency);
        log.info("Offers, orders, refunds and reviews in {} s", seconds(orders));
        long indexing = System.nanoTime();
        owner(Stream.concat(Stream.of("set maintenance_work_mem = '256MB'"), indexes.stream()).toList());
        log.info("{} secondary indexes rebuilt in {} s", indexes.size(), seconds(indexing));
        owner(List.of("vacuum analyze member", "vacuum analyze membership", "vacuum analyze membership_event",
                "vacuum analyze money_order", "vacuum analyze engagement_event"));
        figures.put("seconds.bulk", seconds(start));
    }

    private static int joined(int members) {
        return members / 100 * JOINED_PERCENT;
    }

    private void members(UUID tenantId, String seed, int members, Integer[] lows) {
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
    private static final String EVENTS = """
            insert into engagement_event (tenant_id, id, occurred_at, community_id, member_id, type, source,
                                          created_at, version)
            select current_tenant_id(), md5(? || 'event' || s || '-' || k)::uuid, x.at,
                   md5(? || 'community' || width_bucket(m.g, ?::int[]))::uuid, md5(? || 'member' || m.g)::uuid,
                   (array['MESSAGE_POSTED','MESSAGE_POSTED','REPLY','REACTION','REACTION','CONTENT_VIEWED','CHECK_IN',
                          'ACTIVITY_ATTENDED'])[1 + (s + k) % 8], 'load', x.at, 0
            from generate_series(0, ? - 1) s
            cross join lateral (select j / 78 * 100 + j % 78 as g from (select (s::bigint * 7919) % ? as j) jj) m
            cross join lateral (select date_trunc('day', now())
                                       - ((1 + abs(hashint4(s)::bigint) % greatest(1, least((m.g::bigint * 7919) % 450, 395)))
                                          || ' days')::interval
                                       + ((abs(hashint4(s + 1)::bigint) % 50400) || ' seconds')::interval as day_at) d
            cross join lateral generate_series(1, 1 + s % 7) k
            cross join lateral (select d.day_at + (k * 60 || ' seconds')::interval as at) x""";

    private void orders(Agency agency) {
        String seed = agency.seed();
        inTenant(agency.tenantId(), () -> {
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
            jdbc.update(ORDER_ROWS, seed, seed, lows(agency.sizes()), seed, seed, ORDERS, joined(MEMBERS));
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
    private List<String> dropSecondaryIndexes() {
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

    // ---------------------------------------------------------------------------------------------------------
    // What the services make: activities, branding, rollups, reports; and content and targets beside them.

    /**
     * Per community, as staff would set them up: a weekly sharing evening from six weeks ago for fourteen weeks, a
     * monthly meetup on the last Saturday from two months ago, an expert session next month; the occurrences that
     * are over are marked done, so last month's report counts them.
     */
    private void activities(Agency agency) {
        ActivityService activities = context.getBean(ActivityService.class);
        Map<String, UUID> types = context.getBean(ActivityTypeService.class).types().stream()
                .filter(type -> type.seedKey() != null)
                .collect(Collectors.toMap(ActivityTypeSummary::seedKey, ActivityTypeSummary::id));
        LocalDate today = LocalDate.now(activities.zone());
        UUID host = agency.admin().userId();
        for (int c = 0; c < COMMUNITIES; c++) {
            UUID community = agency.communities().get(c);
            LocalDate wednesday = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            ActivityForm sharing = form(types.get("weeklySharing"), "Weekly sharing evening",
                    "Members take turns sharing their week's lessons", host, wednesday.atTime(20, 0), 90, 80);
            sharing.setOnlineLink("https://meeting.example.com/weekly-sharing");
            sharing.setRepeat(true);
            sharing.setFrequency(Frequency.WEEKLY);
            sharing.setWeekdays(EnumSet.of(DayOfWeek.WEDNESDAY));
            sharing.setCount(14);
            activities.create(community, sharing);

            ActivityForm meetup = form(types.get("monthlyMeetup"), "Monthly meetup",
                    "An afternoon together on the last Saturday of the month", host,
                    today.minusMonths(2).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY)).atTime(14, 0), 180,
                    40);
            meetup.setPlace("1266 West Nanjing Road, Shanghai");
            meetup.setRepeat(true);
            meetup.setFrequency(Frequency.MONTHLY);
            meetup.setMonthlyBy(MonthlyBy.LAST_WEEKDAY);
            meetup.setCount(5);
            activities.create(community, meetup);

            ActivityForm expert = form(types.get("meetTheExpert"), "Meet a hiring manager",
                    "A hiring manager answers questions", host,
                    today.plusMonths(1).withDayOfMonth(10).atTime(19, 30), 60, 200);
            expert.setFunnelStage(FunnelStage.CONVERT);
            expert.setOnlineLink("https://live.example.com/expert-qa");
            activities.create(community, expert);

            ActivityFilter past = new ActivityFilter(ActivityFilter.When.PAST, Set.of(), Set.of());
            for (ActivitySummary activity : activities.list(community, past)) {
                if (activity.end().isBefore(today.atStartOfDay(activities.zone()).toInstant())) {
                    activities.markDone(activity.id(), activity.version(), "Went well");
                }
            }
        }
    }

    private static ActivityForm form(UUID typeId, String title, String description, UUID host, LocalDateTime start,
                                     int minutes, Integer capacity) {
        ActivityForm form = new ActivityForm();
        form.setTypeId(typeId);
        form.setTitle(title);
        form.setDescription(description);
        form.setHostKind(HostKind.STAFF);
        form.setHostUserId(host);
        form.setStart(start);
        form.setEnd(start.plusMinutes(minutes));
        form.setCapacity(capacity);
        form.setFunnelStage(FunnelStage.ACTIVATE);
        return form;
    }

    /** Last month's reports in English, like the users' own language. */
    private void branding() {
        ReportBrandingService branding = context.getBean(ReportBrandingService.class);
        BrandingForm form = BrandingForm.of(branding.branding());
        form.setMonthlyLanguage("en");
        branding.save(-1, form);
    }

    /** Six items per community, from last month's published deep dive to next month's draft and an idea. */
    private void content(Agency agency) {
        inTenant(agency.tenantId(), () -> {
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
                    agency.seed(), agency.admin().userId(), COMMUNITIES);
            jdbc.update("""
                    insert into content_item_community (content_id, community_id)
                    select md5(? || 'content' || c || '-' || i)::uuid, md5(? || 'community' || c)::uuid
                    from generate_series(0, ? - 1) c cross join generate_series(0, 5) i""",
                    agency.seed(), agency.seed(), COMMUNITIES);
            return jdbc.update("""
                    insert into content_transition (tenant_id, id, content_id, from_status, to_status, actor_id,
                                                    actor_name, occurred_at, created_at, version)
                    select current_tenant_id(), md5(id::text || 'created')::uuid, id, null, status, ?, 'Ada Admin',
                           created_at, created_at, 0
                    from content_item""", agency.admin().userId());
        });
    }

    /** Month and quarter targets and a business-logic canvas on every second community. */
    private void targets(Agency agency) {
        LocalDate today = LocalDate.now(LoadDataSet.ZONE);
        LocalDate month = today.withDayOfMonth(1);
        LocalDate lastMonth = month.minusMonths(1);
        LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        inTenant(agency.tenantId(), () -> {
            for (int c = 0; c < COMMUNITIES; c += 2) {
                UUID community = agency.communities().get(c);
                for (LocalDate start : List.of(lastMonth, month)) {
                    for (Map.Entry<String, String> target : Map.of("MEMBERS_NEW", "120", "ACTIVATION_RATE", "60",
                            "MAU", "800", "STICKINESS", "20", "CHURN_RATE", "5", "FIRST_PURCHASE_RATE", "15",
                            "POSITIVE_REVIEW_RATE", "85").entrySet()) {
                        target(community, "MONTH", start, target.getKey(), target.getValue());
                    }
                }
                target(community, "QUARTER", quarter, "MEMBERS_NEW", "360");
                target(community, "QUARTER", quarter, "REVENUE", "20000");
                jdbc.update("""
                        insert into kpi_canvas (tenant_id, community_id, founder_resources, target_users, problem_solved,
                                                value_provided, monetisation, core_goal, kpi_breakdown, created_at,
                                                version)
                        values (current_tenant_id(), ?, 'Ten years of hiring at large companies',
                                'Graduates and early-career people', 'Not knowing how to prepare for interviews',
                                'Real interview questions, mock interviews and peer support',
                                'Bootcamp course, mock interviews, expert consulting', 'Course sales and satisfaction',
                                'Purchase rate = first purchase + repurchase; positive-review rate', now(), 0)""",
                        community);
            }
            return null;
        });
    }

    private void target(UUID community, String kind, LocalDate start, String kpi, String value) {
        jdbc.update("""
                insert into kpi_target (tenant_id, id, community_id, period_kind, period_start, kpi, target, created_at,
                                        version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?::numeric, now(), 0)""", Uuids.v7(), community, kind,
                Date.valueOf(start), kpi, value);
    }

    /**
     * Last month's report of every community, issued as the monthly job issues it (a principal whose role is the
     * job's own, inside the job's transaction for the tenant).
     */
    private int issueLastMonth(UUID tenantId) {
        ReportSnapshotService snapshots = context.getBean(ReportSnapshotService.class);
        return context.getBean(TenantJobs.class).inTenant(tenantId, () -> {
            AppPrincipal job = new AppPrincipal(new UUID(0, 0), tenantId, null, "scheduled-job", "Monthly report job",
                    TenantJobs.ROLE, null);
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext jobContext = SecurityContextHolder.createEmptyContext();
            jobContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job, null,
                    job.authorities()));
            SecurityContextHolder.setContext(jobContext);
            try {
                return snapshots.issueLastMonth();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the load test needs to know, and what the report says about the data.

    private void writeAccounts(Agency agency, List<Small> small, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("password\t" + LoadDataSet.PASSWORD);
        inTenant(agency.tenantId(), () -> {
            List<UUID> all = agency.communities();
            jdbc.query("""
                    select u.email, u.role, coalesce(string_agg(v.id::text, ',' order by v.name), '')
                    from user_account u
                    left join lateral (select c.id, c.name from community c
                                       where u.role = 'TENANT_ADMIN'
                                          or (u.role = 'OPERATOR' and exists (select 1 from community_operator o
                                                 where o.community_id = c.id and o.user_id = u.id))
                                          or (u.role = 'CLIENT' and c.client_id = u.client_id)) v on true
                    group by u.email, u.role order by u.role desc, u.email""", rs -> {
                String kind = switch (rs.getString(2)) {
                    case Roles.TENANT_ADMIN -> "admin";
                    case Roles.OPERATOR -> "operator";
                    default -> "client";
                };
                lines.add("user\t" + rs.getString(1) + "\t" + kind + "\t" + rs.getString(3));
            });
            lines.addAll(communityLines(AGENCY, all));
            return null;
        });
        for (Small tenant : small) {
            inTenant(tenant.tenantId(), () -> {
                String ids = tenant.communities().stream().map(UUID::toString).collect(Collectors.joining(","));
                lines.add("user\t" + tenant.adminEmail() + "\tsmall-admin\t" + ids);
                lines.add("user\t" + tenant.operatorEmail() + "\tsmall-operator\t" + ids);
                lines.addAll(communityLines(tenant.name(), tenant.communities()));
                return null;
            });
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The communities in the current tenant, largest first, with five joined members' names and handles each. */
    private List<String> communityLines(String tenant, List<UUID> ids) {
        return jdbc.query("""
                select c.id, c.name, cl.name,
                       (select count(*) from membership m where m.community_id = c.id),
                       (select count(*) from membership m where m.community_id = c.id and m.status = 'PENDING_REVIEW'),
                       (select string_agg(x.member_name, '|' order by x.member_handle) from (
                            select member_name, member_handle from membership m
                            where m.community_id = c.id and m.status = 'JOINED'
                            order by m.member_handle limit 5) x),
                       (select string_agg(x.member_handle, '|' order by x.member_handle) from (
                            select member_handle from membership m
                            where m.community_id = c.id and m.status = 'JOINED'
                            order by m.member_handle limit 5) x)
                from community c join client cl on cl.id = c.client_id
                where c.id = any(?)
                order by 4 desc, c.name""", (rs, row) -> String.join("\t", "community", rs.getString(1), tenant,
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)), (Object) ids.toArray(UUID[]::new));
    }

    private void collectFigures(Agency agency) {
        inTenant(agency.tenantId(), () -> {
            for (String table : List.of("community", "user_account", "member", "membership", "membership_event",
                    "engagement_event", "money_order", "money_refund", "money_review", "activity", "content_item",
                    "kpi_target", "kpi_daily", "kpi_member_day", "kpi_member_flow", "report_snapshot")) {
                figures.put(table, String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
            }
            jdbc.query("select status, count(*) from membership group by status order by status",
                    rs -> {
                        figures.put("membership." + rs.getString(1), rs.getString(2));
                    });
            jdbc.query("""
                    select min(occurred_at)::date, max(occurred_at)::date from engagement_event""", rs -> {
                figures.put("engagement_event.first_day", rs.getString(1));
                figures.put("engagement_event.last_day", rs.getString(2));
            });
            return null;
        });
        figures.put("tenants", String.valueOf(jdbc.queryForObject("select count(*) from tenant", Long.class)));
        figures.put("database_bytes", String.valueOf(jdbc.queryForObject(
                "select pg_database_size(current_database())", Long.class)));
        figures.forEach((name, value) -> log.info("Load data: {} = {}", name, value));
    }

    // ---------------------------------------------------------------------------------------------------------

    private <T> T inTenant(UUID tenantId, Supplier<T> work) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }

    private void asUser(AppPrincipal user, Runnable work) {
        SignedIn.run(user, () -> TenantContext.runAs(user.tenantId(), work));
    }

    private static AppPrincipal principal(UUID tenantId, UUID userId, String email, String name) {
        return new AppPrincipal(userId, tenantId, null, email, name, Roles.TENANT_ADMIN, Locale.ENGLISH);
    }

    /** Runs the statements in one session of the schema owner (vacuum, index builds: not the app role's rights). */
    private void owner(List<String> statements) {
        try (Connection connection = DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                long start = System.nanoTime();
                statement.execute(sql);
                log.debug("{} s: {}", seconds(start), sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
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

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }
}

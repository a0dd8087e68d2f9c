package app.communityops.bench.load;

import static app.communityops.bench.load.LoadDataRows.joined;
import static app.communityops.bench.load.LoadDataRows.lows;

import app.communityops.Application;
import app.communityops.activity.ActivityFilter;
import app.communityops.activity.ActivityForm;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.activity.Frequency;
import app.communityops.activity.FunnelStage;
import app.communityops.activity.MonthlyBy;
import app.communityops.join.JoinDemoData;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.RollupService;
import app.communityops.members.MemberTestData;
import app.communityops.report.BrandingForm;
import app.communityops.report.ReportBrandingService;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportSnapshotService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Writes the load data ({@link LoadDataSet}) through a Spring context of the application on its embedded
 * PostgreSQL: the schema is what Liquibase makes of the changelogs, every row goes in through the application role
 * under row-level security with the tenant set, and what the application derives is derived by its own services
 * (activity series, KPI rollups, the issued reports, branding). The bulk rows are {@link LoadDataRows}'. Every row
 * written here directly goes through its module's test data ({@code TestTenants}, {@code MemberTestData},
 * {@code ScreeningTestData}, {@code KpiTestData}), statically: this context has no test beans.
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

    private static final String[] TOPICS = {"Career Growth", "Product Managers", "Data Science", "Frontend Guild",
        "Indie Makers", "Sunrise Bakers", "Trail Runners", "Photo Walks", "Parents Circle", "Language Exchange"};
    private static final String[] KINDS = {"Camp", "Club", "Forum", "Circle", "Lounge"};
    private static final String[] CHANNELS = {"WECOM", "FORUM", "KNOWLEDGE_PLANET", "DISCORD", "TELEGRAM", "SLACK"};
    private static final String[] CLIENT_FIRST = {"Bright", "Blue", "Golden", "Green", "Silver", "Red"};
    private static final String[] CLIENT_SECOND = {"Education", "Bakery", "Retail", "Fitness", "Studio"};

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final String passwordHash;
    private final LoadDataRows rows;
    private final Map<String, String> figures = new LinkedHashMap<>();

    private LoadDataGenerator(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactionManager = context.getBean(PlatformTransactionManager.class);
        this.rows = new LoadDataRows(jdbc, transactionManager, context.getEnvironment());
        // One hash for every user: hashing 370 times would only cost time (the encoder is slow on purpose).
        this.passwordHash = context.getBean(PasswordEncoder.class).encode(LoadDataSet.PASSWORD);
    }

    /** Generates into the embedded PostgreSQL folder {@code dataDir}; writes accounts and figures into {@code out}. */
    static void generate(Path dataDir, Path out) throws IOException {
        long start = System.nanoTime();
        // Command-line arguments: they outrank application.properties, which names the production defaults.
        String[] arguments = Stream.of(
                "communityops.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                "communityops.embedded-db.durable=true",
                "communityops.scheduler.enabled=false",
                "communityops.demo-data=false",
                "communityops.mfa.key-file=",
                "spring.main.banner-mode=off",
                "logging.level.org.atmosphere=warn",
                "logging.level.com.vaadin=warn").map(argument -> "--" + argument).toArray(String[]::new);
        // A web application context on a mock servlet context, as a test's: the security configuration needs a
        // servlet context, but nothing here answers HTTP, so no server is started.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(
                        () -> new GenericWebApplicationContext(new MockServletContext())))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("onlyTheApplication",
                        new OnlyMainClasses()))
                .run(arguments)) {
            LoadDataGenerator generator = new LoadDataGenerator(context);
            log.info("Application context up in {} s", seconds(start));
            generator.run(out);
        }
        log.info("Load data generated in {} s", seconds(start));
    }

    private void run(Path out) throws IOException {
        // The jar recognises a changeset by its file's path on the classpath; a path recorded differently here would
        // make it run every changelog again on this data and fail.
        long misnamed = rows.ownerCount(
                "select count(*) from databasechangelog where filename not like 'db/changelog/2026/%'");
        if (misnamed > 0) {
            throw new IllegalStateException(misnamed + " changesets recorded under an unexpected path: is the "
                    + "working directory on the classpath?");
        }
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
        rows.content(agency.tenantId(), agency.seed(), agency.admin().userId(), agency.admin().displayName(),
                COMMUNITIES);
        targets(agency);
        // Join pages, two links and two group codes per community, as the demo has them: the public pages' load.
        context.getBean(JoinDemoData.class).seedTenant(agency.tenantId());
        log.info("Activities, content, targets, join pages and branding in {} s", seconds(services));
        long rollups = System.nanoTime();
        SignedIn.run(agency.admin(), () -> context.getBean(RollupService.class).rebuild());
        for (Small tenant : small) {
            SignedIn.run(tenant.admin(), () -> context.getBean(RollupService.class).rebuild());
        }
        rows.owner(List.of("vacuum analyze kpi_member_day", "vacuum analyze kpi_daily",
                "vacuum analyze kpi_member_flow"));
        log.info("KPI rollups rebuilt in {} s", seconds(rollups));
        long reports = System.nanoTime();
        int issued = issueLastMonth(agency);
        log.info("{} reports of last month issued in {} s", issued, seconds(reports));
        figures.put("seconds.reports", seconds(reports));
        writeAccounts(agency, small, out.resolve(LoadDataSet.ACCOUNTS));
        collectFigures(agency);
        Properties written = new Properties();
        written.putAll(figures);
        try (OutputStream stream = Files.newOutputStream(out.resolve(LoadDataSet.FIGURES))) {
            written.store(stream, "Load data figures");
        }
    }

    /**
     * Keeps the tests' own components (fixtures that expect a test's web context) out of the component scan: the
     * generator's context is the application as the jar runs it. {@code @SpringBootApplication} consults every
     * {@link TypeExcludeFilter} bean.
     */
    private static final class OnlyMainClasses extends TypeExcludeFilter {

        private final String mainClasses = Application.class.getProtectionDomain().getCodeSource().getLocation()
                .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return !reader.getResource().getURL().toString().startsWith(mainClasses);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnlyMainClasses;
        }

        @Override
        public int hashCode() {
            return OnlyMainClasses.class.hashCode();
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
        Agency agency = rows.inTenant(tenantId, () -> {
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
            // Operator i (from 0) works on communities i, i+11, ..., i+44 (mod 50): five of different topics and
            // sizes each, and every community has five operators.
            for (int i = 0; i < OPERATORS; i++) {
                UUID operator = users.get("operator%03d@load.test".formatted(i + 1));
                for (int k = 0; k < 5; k++) {
                    TestTenants.operatorRow(jdbc, communities.get((i + 11 * k) % COMMUNITIES), operator);
                }
            }
            lists(seed);
            return new Agency(tenantId, seed, principal(tenantId, users.get("admin@load.test"), "admin@load.test",
                    "Ada Admin"), communities, sizes, users);
        });
        rows.inTenant(tenantId, () -> {
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

    private Small smallTenant(int n) {
        String name = "Small Agency %02d".formatted(n);
        UUID tenantId = tenant(name, 5, 10_000, 5);
        String seed = tenantId.toString();
        String adminEmail = "admin@small%02d.load.test".formatted(n);
        String operatorEmail = "operator@small%02d.load.test".formatted(n);
        return rows.inTenant(tenantId, () -> {
            UUID client = client(seed, 0, "Small Client %02d".formatted(n));
            UUID admin = user(adminEmail, "Small Admin %02d".formatted(n), Roles.TENANT_ADMIN, null);
            UUID operator = user(operatorEmail, "Small Operator %02d".formatted(n), Roles.OPERATOR, null);
            List<UUID> communities = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                UUID community = community(seed, c, "Small Community %02d-%s".formatted(n, c == 0 ? "A" : "B"),
                        "WECOM", client, SMALL_COMMUNITY_MEMBERS);
                TestTenants.operatorRow(jdbc, community, operator);
                communities.add(community);
            }
            lists(seed);
            return new Small(tenantId, seed, name, principal(tenantId, admin, adminEmail, "Small Admin"),
                    adminEmail, operatorEmail, communities);
        });
    }

    private UUID tenant(String name, int communities, int members, int seats) {
        UUID id = Uuids.v7();
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                TestTenants.tenantRow(jdbc, id, name, communities, members, seats, 430));
        return id;
    }

    private UUID client(String seed, int k, String name) {
        UUID id = LoadDataRows.md5(seed, "client" + k);
        String contact = name.toLowerCase(Locale.ROOT).replace(' ', '.');
        TestTenants.clientRow(jdbc, id, name, "Contact of " + name, contact + "@client.load.test", 420);
        return id;
    }

    private UUID user(String email, String name, String role, UUID client) {
        UUID id = Uuids.v7();
        TestTenants.userRow(jdbc, id, email, passwordHash, name, role, client, 420);
        return id;
    }

    private UUID community(String seed, int c, String name, String channel, UUID client, int size) {
        UUID id = LoadDataRows.md5(seed, "community" + c);
        TestTenants.communityRow(jdbc, id, name, channel, client,
                "A community of about " + size + " members, for the load test.", 420);
        // Condition review without conditions: a reviewer's approval alone lets an applicant in.
        ScreeningTestData.conditionReviewPolicy(jdbc, id, "Introduces themselves and their goal");
        return id;
    }

    private void lists(String seed) {
        MemberTestData.bulkTiers(jdbc, seed, "Bronze", "Silver", "Gold", "Platinum");
        MemberTestData.bulkChannels(jdbc, seed, 1, "WeChat ads", "Referral", "Xiaohongshu", "Douyin",
                "Offline event", "Partner", "Website");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk rows: members, memberships and their history, engagement events, orders.

    private void bulk(Agency agency, List<Small> small) {
        // Loading into tables without their secondary indexes and building those once afterwards is several times
        // faster than maintaining them row by row (KpiBenchmark); they are rebuilt exactly as the changelogs made them.
        List<String> indexes = rows.dropSecondaryIndexes();
        long start = System.nanoTime();
        rows.members(agency.tenantId(), agency.seed(), MEMBERS, lows(agency.sizes()));
        for (Small tenant : small) {
            rows.members(tenant.tenantId(), tenant.seed(), 2 * SMALL_COMMUNITY_MEMBERS,
                    new Integer[] {SMALL_COMMUNITY_MEMBERS});
        }
        log.info("Members, memberships and their history in {} s", seconds(start));
        long events = System.nanoTime();
        rows.events(agency.tenantId(), agency.seed(), lows(agency.sizes()), SESSIONS, joined(MEMBERS));
        log.info("Engagement events in {} s", seconds(events));
        long orders = System.nanoTime();
        rows.orders(agency.tenantId(), agency.seed(), lows(agency.sizes()), ORDERS, joined(MEMBERS));
        log.info("Offers, orders, refunds and reviews in {} s", seconds(orders));
        long indexing = System.nanoTime();
        rows.owner(Stream.concat(Stream.of("set maintenance_work_mem = '256MB'"), indexes.stream()).toList());
        log.info("{} secondary indexes rebuilt in {} s", indexes.size(), seconds(indexing));
        rows.owner(List.of("vacuum analyze member", "vacuum analyze membership", "vacuum analyze membership_event",
                "vacuum analyze money_order", "vacuum analyze engagement_event"));
        figures.put("seconds.bulk", seconds(start));
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
        ZoneId zone = context.getBean(TenantZone.class).current();
        Map<String, UUID> types = context.getBean(ActivityTypeService.class).types().stream()
                .filter(type -> type.seedKey() != null)
                .collect(Collectors.toMap(ActivityTypeSummary::seedKey, ActivityTypeSummary::id));
        LocalDate today = LocalDate.now(zone);
        UUID host = agency.admin().userId();
        for (int c = 0; c < COMMUNITIES; c++) {
            UUID community = agency.communities().get(c);
            LocalDate wednesday = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            ActivityForm sharing = ActivityForm.staffHosted(types.get("weeklySharing"), "Weekly sharing evening",
                    "Members take turns sharing their week's lessons", host, wednesday.atTime(20, 0), 90, 80);
            sharing.setOnlineLink("https://meeting.example.com/weekly-sharing");
            sharing.setRepeat(true);
            sharing.setFrequency(Frequency.WEEKLY);
            sharing.setWeekdays(EnumSet.of(DayOfWeek.WEDNESDAY));
            sharing.setCount(14);
            activities.create(community, sharing);

            ActivityForm meetup = ActivityForm.staffHosted(types.get("monthlyMeetup"), "Monthly meetup",
                    "An afternoon together on the last Saturday of the month", host,
                    today.minusMonths(2).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY)).atTime(14, 0), 180,
                    40);
            meetup.setPlace("1266 West Nanjing Road, Shanghai");
            meetup.setRepeat(true);
            meetup.setFrequency(Frequency.MONTHLY);
            meetup.setMonthlyBy(MonthlyBy.LAST_WEEKDAY);
            meetup.setCount(5);
            activities.create(community, meetup);

            ActivityForm expert = ActivityForm.staffHosted(types.get("meetTheExpert"), "Meet a hiring manager",
                    "A hiring manager answers questions", host,
                    today.plusMonths(1).withDayOfMonth(10).atTime(19, 30), 60, 200);
            expert.setFunnelStage(FunnelStage.CONVERT);
            expert.setOnlineLink("https://live.example.com/expert-qa");
            activities.create(community, expert);

            ActivityFilter past = new ActivityFilter(ActivityFilter.When.PAST, Set.of(), Set.of());
            for (ActivitySummary activity : activities.list(community, past)) {
                if (activity.end().isBefore(today.atStartOfDay(zone).toInstant())) {
                    activities.markDone(activity.id(), activity.version(), "Went well");
                }
            }
        }
    }


    /** Last month's reports in English, like the users' own language. */
    private void branding() {
        ReportBrandingService branding = context.getBean(ReportBrandingService.class);
        BrandingForm form = BrandingForm.of(branding.branding());
        form.setMonthlyLanguage("en");
        branding.save(-1, form);
    }

    /**
     * Month and quarter targets and a business-logic canvas on every second community, the counts in proportion to
     * its size (so some are met and some not, as in a real portfolio).
     */
    private void targets(Agency agency) {
        LocalDate month = LocalDate.now(LoadDataSet.ZONE).withDayOfMonth(1);
        LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        rows.inTenant(agency.tenantId(), () -> {
            for (int c = 0; c < COMMUNITIES; c += 2) {
                UUID community = agency.communities().get(c);
                int size = agency.sizes()[c];
                for (LocalDate start : List.of(month.minusMonths(1), month)) {
                    for (Map.Entry<String, Integer> target : Map.of("MEMBERS_NEW", size / 20, "ACTIVATION_RATE", 60,
                            "MAU", size * 35 / 100, "STICKINESS", 8, "CHURN_RATE", 5, "FIRST_PURCHASE_RATE", 2,
                            "POSITIVE_REVIEW_RATE", 85).entrySet()) {
                        target(community, "MONTH", start, target.getKey(), target.getValue());
                    }
                }
                target(community, "QUARTER", quarter, "MEMBERS_NEW", size * 3 / 20);
                target(community, "QUARTER", quarter, "REVENUE", size * 11);
                KpiTestData.loadDataCanvas(jdbc, community);
            }
            return null;
        });
    }

    private void target(UUID community, String kind, LocalDate start, String kpi, int value) {
        KpiTestData.target(jdbc, community, kind, start, kpi, value);
    }

    /**
     * Last month's report of every community, issued as a staff member issues one (a report of a closed period is
     * issued when staff first generate it; the monthly job then finds it there). Not through the monthly job: the
     * job presents itself as a principal of its own role, and building a report whose KPI target turns red
     * publishes a notice through a check that role may not pass, so the job fails for such a tenant.
     */
    private int issueLastMonth(Agency agency) {
        ReportSnapshotService snapshots = context.getBean(ReportSnapshotService.class);
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.now(LoadDataSet.ZONE).minusMonths(1));
        return SignedIn.as(agency.admin(), () -> {
            for (UUID community : agency.communities()) {
                snapshots.generate(community, lastMonth, Locale.ENGLISH, done -> { });
            }
            return rows.inTenant(agency.tenantId(), () -> jdbc.queryForObject(
                    "select count(*) from report_snapshot where period_code = ?", Integer.class, lastMonth.code()));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the load test needs to know, and what the report says about the data.

    private void writeAccounts(Agency agency, List<Small> small, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("password\t" + LoadDataSet.PASSWORD);
        rows.inTenant(agency.tenantId(), () -> {
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
            jdbc.query("select token from join_link where archived_at is null order by token",
                    rs -> {
                        lines.add("join\t" + rs.getString(1));
                    });
            return null;
        });
        for (Small tenant : small) {
            rows.inTenant(tenant.tenantId(), () -> {
                String ids = tenant.communities().stream().map(UUID::toString).collect(Collectors.joining(","));
                lines.add("user\t" + tenant.adminEmail() + "\tsmall-admin\t" + ids);
                lines.add("user\t" + tenant.operatorEmail() + "\tsmall-operator\t" + ids);
                lines.addAll(communityLines(tenant.name(), tenant.communities()));
                return null;
            });
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * The communities in the current tenant, largest first, with five different joined members' names and a handle
     * of each.
     */
    private List<String> communityLines(String tenant, List<UUID> ids) {
        return jdbc.query("""
                select c.id, c.name, cl.name,
                       (select count(*) from membership m where m.community_id = c.id),
                       (select count(*) from membership m where m.community_id = c.id and m.status = 'PENDING_REVIEW'),
                       (select string_agg(x.name, '|' order by x.handle) from (
                            select member_name as name, min(member_handle) as handle from membership m
                            where m.community_id = c.id and m.status = 'JOINED'
                            group by member_name order by 2 limit 5) x),
                       (select string_agg(x.handle, '|' order by x.handle) from (
                            select min(member_handle) as handle from membership m
                            where m.community_id = c.id and m.status = 'JOINED'
                            group by member_name order by 1 limit 5) x)
                from community c join client cl on cl.id = c.client_id
                where c.id = any(?)
                order by 4 desc, c.name""", (rs, row) -> String.join("\t", "community", rs.getString(1), tenant,
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)), (Object) ids.toArray(UUID[]::new));
    }

    private void collectFigures(Agency agency) {
        rows.inTenant(agency.tenantId(), () -> {
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

    private void asUser(AppPrincipal user, Runnable work) {
        SignedIn.run(user, () -> TenantContext.runAs(user.tenantId(), work));
    }

    private static AppPrincipal principal(UUID tenantId, UUID userId, String email, String name) {
        return new AppPrincipal(userId, tenantId, null, email, name, Roles.TENANT_ADMIN, Locale.ENGLISH);
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }
}

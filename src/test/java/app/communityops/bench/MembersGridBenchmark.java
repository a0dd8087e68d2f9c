package app.communityops.bench;

import static app.communityops.bench.Figures.median;
import static app.communityops.bench.Figures.report;
import static app.communityops.bench.Figures.timed;

import app.communityops.members.HealthSegment;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberGridBookmarks;
import app.communityops.members.MemberGridProbe;
import app.communityops.members.MemberSort;
import app.communityops.members.MemberHealthTestData;
import app.communityops.members.MemberSortField;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipQueryService;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members grid at a million members: one tenant with 1,000,000 members in 50 communities, the largest a forum
 * without a capacity holding 500,000 (95 % joined), beside two tenants of 10,000 members each in the same tables.
 * Rows are generated set-based through the application role under row-level security, by the bulk methods of the
 * owning modules' test data ({@code TestTenants}, {@code MemberTestData}); the schema owner then
 * vacuums and analyzes, as autovacuum would on a live database. Runs only with {@code -Pbench}.
 *
 * <p>Figures: the median of the whole {@code MembershipQueryService} call (transaction, access check, SQL, mapping)
 * over at least 30 runs after warm-up, and the median execution time PostgreSQL reports for the very statement the
 * service runs ({@code EXPLAIN (ANALYZE, FORMAT JSON)}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersGridBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MembersGridBenchmark.class);
    private static final int RUNS = 31;

    @Autowired
    private TestTenants tenants;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private MembershipQueryService queries;
    @Autowired
    private MemberGridProbe probe;
    @Autowired
    private MemberGridBookmarks bookmarks;
    @Autowired
    private Environment environment;

    private Fixture large;
    private UUID forum;

    @BeforeAll
    void generate() {
        long start = System.nanoTime();
        large = tenants.create();
        forum = generate(large, 50, 1_000_000, 500_000);
        for (int i = 0; i < 2; i++) {
            generate(tenants.create(), 5, 10_000, 4_000);
        }
        // Every joined member of the large tenant scored, as the daily recompute leaves them.
        TenantContext.runAs(large.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> MemberHealthTestData.bulkScoresAll(jdbc, YearMonth.now())));
        ownerMaintenance();
        report("members.grid.generate", (System.nanoTime() - start) / 1e9, "s");
    }

    @Test
    void gridPages() {
        MemberFilter joined = MemberFilter.all(forum).withStatuses(Set.of(MembershipStatus.JOINED));
        MemberSort byName = MemberSort.BY_NAME;

        report("members.grid.first_page", serviceMillis(() -> queries.page(joined, byName, 0, 50)), "ms");
        report("members.grid.first_page.db", dbMillis(() -> probe.pageMillis(joined, byName, 0, 50)), "ms");

        bookmarks.invalidate(forum);
        long build = System.nanoTime();
        SignedIn.as(large.admin(), () -> queries.page(joined, byName, 250_000, 50));
        report("members.grid.bookmarks_build", (System.nanoTime() - build) / 1e6, "ms");
        // Successive runs walk the pages of one bookmark interval, so the rows skipped after the seek vary as in use.
        AtomicInteger page = new AtomicInteger();
        IntSupplier deep = () -> 250_000 + (page.getAndIncrement() % 20) * 50;
        report("members.grid.deep_page", serviceMillis(() -> queries.page(joined, byName, deep.getAsInt(), 50)), "ms");
        report("members.grid.deep_page.db", dbMillis(() -> probe.pageMillis(joined, byName, deep.getAsInt(), 50)),
                "ms");
        inTenant(() -> log.info("Deep page SQL: {}", probe.pageSql(joined, byName, 250_950, 50)));

        report("members.grid.deep_page_offset.db", median(() -> inTenant(
                () -> probe.offsetPageMillis(joined, byName, 250_025, 50)), 7), "ms");
        report("members.grid.count", serviceMillis(() -> queries.count(joined)), "ms");
        report("members.grid.header_counts", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.headerCounts(forum))), 11), "ms");
        MemberSort byJoined = new MemberSort(MemberSortField.JOINED, true);
        bookmarks.invalidate(forum);
        report("members.grid.bookmarks_build_by_joined", SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(joined, byJoined, 250_025, 50))), "ms");
        report("members.grid.deep_page_by_joined", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(joined, byJoined, 250_025, 50))), 7), "ms");
        MemberFilter search = MemberFilter.all(forum).withText("user12345");
        report("members.grid.search_rare_first_page", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(search, byName, 0, 50))), 7), "ms");
        report("members.grid.search_rare_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(search))), 7), "ms");
        // About 6,700 of the community's members are called Wang; about 55,000 have a handle starting "user1".
        MemberFilter medium = MemberFilter.all(forum).withText("Wang");
        report("members.grid.search_medium_first_page", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(medium, byName, 0, 50))), 7), "ms");
        report("members.grid.search_medium_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(medium))), 7), "ms");
        MemberFilter common = MemberFilter.all(forum).withText("user1");
        report("members.grid.search_common_first_page", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(common, byName, 0, 50))), 7), "ms");
        report("members.grid.search_common_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(common))), 7), "ms");
        MemberFilter tag = joined.withTags(Set.of("转行"));
        report("members.grid.tag_first_page", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(tag, byName, 0, 50))), 7), "ms");
        report("members.grid.tag_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(tag))), 7), "ms");
        // Health (about 20 % of the scored members fall in each of the segments the generated scores reach).
        MemberSort byHealth = new MemberSort(MemberSortField.HEALTH, false);
        report("members.grid.page_by_health", serviceMillis(() -> queries.page(joined, byHealth, 0, 50)), "ms");
        report("members.grid.page_by_health.db", dbMillis(() -> probe.pageMillis(joined, byHealth, 0, 50)), "ms");
        inTenant(() -> log.info("Page by health SQL: {}", probe.pageSql(joined, byHealth, 0, 50)));
        bookmarks.invalidate(forum);
        report("members.grid.bookmarks_build_by_health", SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(joined, byHealth, 250_025, 50))), "ms");
        report("members.grid.deep_page_by_health", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(joined, byHealth, 250_025, 50))), 7), "ms");
        MemberFilter atRisk = joined.withSegments(Set.of(HealthSegment.AT_RISK));
        report("members.grid.page_by_segment", serviceMillis(() -> queries.page(atRisk, byName, 0, 50)), "ms");
        report("members.grid.page_by_segment.db", dbMillis(() -> probe.pageMillis(atRisk, byName, 0, 50)), "ms");
        report("members.grid.page_by_segment_by_health", serviceMillis(() -> queries.page(atRisk, byHealth, 0, 50)),
                "ms");
        report("members.grid.segment_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(atRisk))), 7), "ms");
        MemberFilter rareTag = joined.withTags(Set.of("mentor"));
        report("members.grid.tag_rare_first_page", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.page(rareTag, byName, 0, 50))), 7), "ms");
        report("members.grid.tag_rare_count", median(() -> SignedIn.as(large.admin(),
                () -> timed(() -> queries.count(rareTag))), 7), "ms");
    }

    /** One tenant's communities, members and memberships; returns the largest community. */
    private UUID generate(Fixture tenant, int communities, int members, int largest) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        String t = tenant.tenantId().toString();
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            TestTenants.benchCommunities(jdbc, t, tenant.clientId(), communities, true);
            MemberTestData.bulkTiers(jdbc, t, numbered("Tier ", 4));
            MemberTestData.bulkChannels(jdbc, t, 1, numbered("Channel ", 7));
            MemberTestData.gridBenchMembers(jdbc, t, members);
        }));
        // The foreign-key checks of the next insert look members up by key: give the planner real statistics first.
        ownerStatement("analyze member");
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status ->
                MemberTestData.gridBenchMemberships(jdbc, t, largest, communities, members)));
        return jdbc.queryForObject("select md5(? || 'community0')::uuid", UUID.class, t);
    }

    /** {@code prefix + 1} to {@code prefix + count}. */
    private static String[] numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(r -> prefix + r).toArray(String[]::new);
    }

    private void ownerMaintenance() {
        ownerStatement("vacuum analyze member");
        ownerStatement("vacuum analyze membership");
        ownerStatement("vacuum analyze member_health");
    }

    /** Statistics and the visibility map are the owner's business (autovacuum's, on a live database). */
    private void ownerStatement(String sql) {
        try (Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private double serviceMillis(Runnable call) {
        return median(() -> SignedIn.as(large.admin(), () -> timed(call)), RUNS);
    }

    private double dbMillis(DoubleSupplier explain) {
        return median(() -> inTenant(explain::getAsDouble), RUNS);
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        return SignedIn.as(large.admin(), () -> TenantContext.callAs(large.tenantId(),
                () -> transactions.execute(status -> work.get())));
    }

    private void inTenant(Runnable work) {
        inTenant(() -> {
            work.run();
            return null;
        });
    }


}

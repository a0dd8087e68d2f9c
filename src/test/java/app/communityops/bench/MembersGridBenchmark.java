package app.communityops.bench;

import static app.communityops.bench.Figures.median;
import static app.communityops.bench.Figures.report;
import static app.communityops.bench.Figures.timed;

import app.communityops.members.MemberFilter;
import app.communityops.members.MemberGridBookmarks;
import app.communityops.members.MemberGridProbe;
import app.communityops.members.MemberSort;
import app.communityops.members.MemberSortField;
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
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
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
 * Rows are generated set-based through the application role under row-level security; the schema owner then
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
            jdbc.update("""
                    insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, created_at,
                                           version)
                    select current_tenant_id(), md5(? || 'community' || c)::uuid, 'Bench community ' || c,
                           case when c = 0 then 'FORUM' else 'WECOM' end, ?, 'ACTIVE', null, now(), 0
                    from generate_series(0, ? - 1) c""", t, tenant.clientId(), communities);
            jdbc.update("""
                    insert into member_tier (tenant_id, id, name, rank, created_at, version)
                    select current_tenant_id(), md5(? || 'tier' || r)::uuid, 'Tier ' || r, r, now(), 0
                    from generate_series(1, 4) r""", t);
            jdbc.update("""
                    insert into acquisition_channel (tenant_id, id, name, created_at, version)
                    select current_tenant_id(), md5(? || 'channel' || r)::uuid, 'Channel ' || r, now(), 0
                    from generate_series(1, 7) r""", t);
            jdbc.update(MEMBERS, t, t, t, members);
        }));
        // The foreign-key checks of the next insert look members up by key: give the planner real statistics first.
        ownerStatement("analyze member");
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status ->
                jdbc.update(MEMBERSHIPS, t, t, largest, communities, members, t)));
        return jdbc.queryForObject("select md5(? || 'community0')::uuid", UUID.class, t);
    }

    private static final String MEMBERS = """
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

    private static final String MEMBERSHIPS = """
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

    private void ownerMaintenance() {
        ownerStatement("vacuum analyze member");
        ownerStatement("vacuum analyze membership");
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

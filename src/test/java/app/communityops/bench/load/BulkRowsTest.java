package app.communityops.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.members.MemberTestData;
import app.communityops.money.MoneyTestData;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulk methods the benchmarks and the load data take from the modules' test data, on small numbers in the
 * ordinary suite: the benchmarks run only with {@code -Pbench}, so a statement that no longer fits its table, or ids
 * that no longer meet (a member's channel, an order's member), would otherwise first show in a benchmark run.
 */
@IntegrationTest
class BulkRowsTest {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private Environment environment;

    /** Members 0-199 of the load data in two communities (0-119, 120-199), as its class comment describes them. */
    @Test
    void theLoadDataRowsOfASmallTenant() {
        Fixture tenant = tenants.create();
        String seed = tenant.tenantId().toString();
        LoadDataRows rows = new LoadDataRows(jdbc, transactionManager, environment);
        Integer[] lows = LoadDataRows.lows(new int[] {120, 80});
        rows.inTenant(tenant.tenantId(), () -> {
            for (int c = 0; c < 2; c++) {
                TestTenants.communityRow(jdbc, LoadDataRows.md5(seed, "community" + c), "Load community " + c,
                        "WECOM", tenant.clientId(), "For the test", 420);
            }
            MemberTestData.bulkTiers(jdbc, seed, "Bronze", "Silver", "Gold", "Platinum");
            MemberTestData.bulkChannels(jdbc, seed, 1, "WeChat ads", "Referral", "Xiaohongshu", "Douyin",
                    "Offline event", "Partner", "Website");
            partitions(400);
            return null;
        });

        rows.members(tenant.tenantId(), seed, 200, lows);
        int events = rows.events(tenant.tenantId(), seed, lows, 50, LoadDataRows.joined(200));
        rows.orders(tenant.tenantId(), seed, lows, 50, LoadDataRows.joined(200));
        rows.content(tenant.tenantId(), seed, tenant.admin().userId(), "Ada Admin", 2);

        rows.inTenant(tenant.tenantId(), () -> {
            assertThat(count("""
                    select count(*) from member m
                    join acquisition_channel c on c.id = m.channel_id join member_tier t on t.id = m.tier_id
                    where m.handle between 'm000000' and 'm000199'""")).isEqualTo(200);
            assertThat(jdbc.queryForMap("""
                    select count(*) filter (where status = 'JOINED') as joined,
                           count(*) filter (where status = 'PENDING_REVIEW') as pending,
                           count(*) filter (where status = 'APPLIED') as applied,
                           count(*) filter (where status = 'APPROVED') as approved,
                           count(*) filter (where status = 'REJECTED') as rejected,
                           count(*) filter (where status = 'ELIMINATED') as eliminated,
                           count(*) filter (where status = 'LEFT') as departed,
                           count(*) filter (where community_id = ?) as first_community
                    from membership where member_handle like 'm%'""", LoadDataRows.md5(seed, "community0")))
                    .isEqualTo(Map.of("joined", 156L, "pending", 20L, "applied", 6L, "approved", 2L, "rejected", 4L,
                            "eliminated", 4L, "departed", 8L, "first_community", 120L));
            // Applied, decided, joined and departed, where each happened.
            assertThat(count("select count(*) from membership_event")).isEqualTo(554);
            // Sessions 0-49 of 1 to 7 events, each by a joined member in the member's own community.
            assertThat(events).isEqualTo(197);
            assertThat(count("""
                    select count(*) from engagement_event e
                    join membership s on s.member_id = e.member_id and s.community_id = e.community_id
                    where s.status = 'JOINED' and e.source = 'load'""")).isEqualTo(197);
            assertThat(count("""
                    select count(*) from money_order o
                    join membership s on s.member_id = o.member_id and s.community_id = o.community_id
                    join offer f on f.id = o.offer_id
                    where s.status = 'JOINED'""")).isEqualTo(50);
            assertThat(count("select count(*) from money_refund")).isEqualTo(2);
            // The offers are on sale in every community of the tenant, the fixture's three included.
            assertThat(count("select count(*) from offer_community")).isEqualTo(15);
            assertThat(count("""
                    select count(*) from (select sum(lifetime_purchase) as total from member) m,
                                         (select sum(amount - refunded) as total from money_order) o
                    where m.total = o.total and m.total > 0""")).isEqualTo(1);
            assertThat(count("""
                    select count(*) from content_item i
                    join content_item_community c on c.content_id = i.id
                    join content_transition t on t.content_id = i.id""")).isEqualTo(12);
            return null;
        });
    }

    /** 100 members of the KPI benchmark in five communities, their history, orders and a day of late events. */
    @Test
    void theKpiBenchmarkRowsOfASmallTenant() {
        Fixture tenant = tenants.create();
        String seed = tenant.tenantId().toString();
        LoadDataRows rows = new LoadDataRows(jdbc, transactionManager, environment);
        rows.inTenant(tenant.tenantId(), () -> {
            assertThat(TestTenants.benchCommunities(jdbc, seed, tenant.clientId(), 5, false)).isEqualTo(5);
            MemberTestData.bulkChannels(jdbc, seed, 0, numbered("Channel ", 0, 7));
            partitions(60);
            MemberTestData.kpiBenchMembers(jdbc, seed, 100);
            MemberTestData.kpiBenchMemberships(jdbc, seed, 5, 100);
            MoneyTestData.kpiBenchOffer(jdbc, seed);
            MoneyTestData.kpiBenchOrders(jdbc, seed, 5, 100);
            EngagementTestData.kpiBenchLateEvents(jdbc, UUID.randomUUID().toString(), seed, 5, 100);

            assertThat(count("""
                    select count(*) from member m join acquisition_channel c on c.id = m.channel_id
                    where m.name like 'Member %'""")).isEqualTo(100);
            assertThat(count("""
                    select count(*) from membership s join community c on c.id = s.community_id
                    where c.name like 'Bench community %' and c.channel = 'WECOM'""")).isEqualTo(100);
            assertThat(count("select count(*) from membership where status = 'LEFT'")).isEqualTo(6);
            assertThat(count("select count(*) from membership_event")).isEqualTo(106);
            assertThat(count("""
                    select count(*) from money_order o
                    join membership s on s.member_id = o.member_id and s.community_id = o.community_id""")
            ).isEqualTo(100_000);
            assertThat(count("""
                    select count(*) from engagement_event e
                    join membership s on s.member_id = e.member_id and s.community_id = e.community_id
                    where e.source = 'bench-late'""")).isEqualTo(30_000);
            return null;
        });
    }

    /** The members grid benchmark's rows: community 0 a forum holding members 1-40, the rest spread over four. */
    @Test
    void theMembersGridBenchmarkRowsOfASmallTenant() {
        Fixture tenant = tenants.create();
        String seed = tenant.tenantId().toString();
        LoadDataRows rows = new LoadDataRows(jdbc, transactionManager, environment);
        rows.inTenant(tenant.tenantId(), () -> {
            TestTenants.benchCommunities(jdbc, seed, tenant.clientId(), 5, true);
            MemberTestData.bulkTiers(jdbc, seed, numbered("Tier ", 1, 4));
            MemberTestData.bulkChannels(jdbc, seed, 1, numbered("Channel ", 1, 7));
            MemberTestData.gridBenchMembers(jdbc, seed, 100);
            MemberTestData.gridBenchMemberships(jdbc, seed, 40, 5, 100);

            assertThat(count("""
                    select count(*) from member m
                    join acquisition_channel c on c.id = m.channel_id join member_tier t on t.id = m.tier_id
                    where m.handle like 'user%'""")).isEqualTo(100);
            assertThat(count("""
                    select count(*) from membership s join community c on c.id = s.community_id
                    where c.channel = 'FORUM' and c.name = 'Bench community 0'""")).isEqualTo(40);
            assertThat(count("select count(*) from member_tier where name like 'Tier %' and rank between 1 and 4"))
                    .isEqualTo(4);
            return null;
        });
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    /** The engagement partitions from {@code days} ago to next month. */
    private void partitions(int days) {
        LocalDate today = LocalDate.now(LoadDataSet.ZONE);
        for (YearMonth month = YearMonth.from(today.minusDays(days)); !month.isAfter(YearMonth.from(today)
                .plusMonths(1)); month = month.plusMonths(1)) {
            jdbc.queryForObject("select engagement_ensure_partition(?)", String.class, Date.valueOf(month.atDay(1)));
        }
    }

    private static String[] numbered(String prefix, int first, int count) {
        return IntStream.range(first, first + count).mapToObj(r -> prefix + r).toArray(String[]::new);
    }
}

package app.communityops.bench.load;

import app.communityops.content.ContentTestData;
import app.communityops.engagement.EngagementTestData;
import app.communityops.members.MemberTestData;
import app.communityops.money.MoneyTestData;
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
 * as {@code KpiBenchmark} and {@code MembersGridBenchmark} write theirs; each statement is the owning module's
 * (its test data's bulk methods: {@code MemberTestData}, {@code MoneyTestData}, {@code ContentTestData},
 * {@code EngagementTestData}). Ids are md5 hashes of the tenant (its {@code seed}) and a running number, so
 * statements refer to each other's rows without reading them back.
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
        inTenant(tenantId, () -> MemberTestData.loadDataMembers(jdbc, seed, members));
        owner(List.of("analyze member"));
        inTenant(tenantId, () -> {
            MemberTestData.loadDataMemberships(jdbc, seed, members, lows);
            return MemberTestData.historyOfEveryMembership(jdbc);
        });
    }

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
            MoneyTestData.loadDataOffers(jdbc, seed);
            MoneyTestData.loadDataOrders(jdbc, seed, lows, orders, joined);
            MoneyTestData.refundsAndReviewsOfEveryOrder(jdbc);
            return MemberTestData.lifetimePurchasesFromOrders(jdbc);
        });
    }

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
        inTenant(tenantId, () -> ContentTestData.loadDataContent(jdbc, seed, author, authorName, communities));
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

package app.communityops.bench;

import static app.communityops.bench.Figures.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.io.ImportOutcome;
import app.communityops.members.io.ImportSettings;
import app.communityops.members.io.MemberImportService;
import app.communityops.members.io.MemberIoFixtures;
import app.communityops.shared.TenantContext;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 100,000-row member import end to end (parse, validate, match, write, commit) through
 * {@link MemberImportService}, as the import screen runs it, and the same file loaded with plain PostgreSQL COPY
 * into an unindexed table for comparison. Runs only with {@code -Pbench}; prints {@code BENCH name value unit}.
 * Method: one warm-up import, then the median of three imports, each into a fresh tenant and community (no
 * capacity, a plan large enough), so every run creates 100,000 members, memberships and 200,000 history rows.
 */
@IntegrationTest
class MemberImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MemberImportBenchmark.class);
    private static final int ROWS = 100_000;
    private static final List<String> CHANNELS = List.of("求职App", "Product forum", "简历App", "Tech meetup", "WeChat article");
    private static final List<String> TIERS = List.of("Silver", "Gold", "Diamond", "黑卡");

    @Autowired
    private TestTenants tenants;
    @Autowired
    private MemberIoFixtures fixtures;
    @Autowired
    private MemberImportService imports;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @TempDir
    Path dir;

    @Test
    void import100kRows() throws IOException {
        Path file = generate(dir.resolve("members-100k.csv"));
        importOnce(file);
        double[] seconds = new double[3];
        for (int run = 0; run < seconds.length; run++) {
            seconds[run] = importOnce(file);
        }
        log.info("members.import.100k runs: {} s", Arrays.toString(seconds));
        Arrays.sort(seconds);
        double median = seconds[1];
        report("members.import.100k", median, "s");

        double[] copySeconds = new double[3];
        copyOnce(file);
        for (int run = 0; run < copySeconds.length; run++) {
            copySeconds[run] = copyOnce(file);
        }
        Arrays.sort(copySeconds);
        report("members.import.copy_100k", copySeconds[1], "s");
        report("members.import.copy_ratio", median / copySeconds[1], "x");
    }

    private double importOnce(Path file) {
        TestTenants.Fixture tenant = tenants.create();
        fixtures.maxMembers(tenant.tenantId(), 10_000_000);
        fixtures.capacity(tenant.tenantId(), tenant.communityId(), null);
        CHANNELS.forEach(name -> fixtures.channel(tenant.tenantId(), name));
        for (int i = 0; i < TIERS.size(); i++) {
            fixtures.tier(tenant.tenantId(), TIERS.get(i), i);
        }
        long start = System.nanoTime();
        ImportOutcome outcome = SignedIn.as(tenant.admin(), () -> imports.importFile(tenant.communityId(), file,
                ImportSettings.DETECT, ImportProgress.NONE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.created()).isEqualTo(ROWS);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership where community_id = ?",
                tenant.communityId())).isEqualTo(ROWS);
        return seconds;
    }

    /** Plain COPY of the same bytes into a table with the file's columns as text, no index, no checks. */
    private double copyOnce(Path file) {
        TestTenants.Fixture tenant = tenants.create();
        return TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(s -> {
            jdbc.execute("""
                    create temp table plain_copy (name text, nickname text, handle text, phone text, email text,
                        tags text, channel text, tier text, lifetime_purchase text, notes text, external_id text,
                        status text, joined text) on commit drop""");
            Connection connection = DataSourceUtils.getConnection(dataSource);
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy plain_copy from stdin (format csv, header true, encoding 'UTF8')", in);
                assertThat(copied).isEqualTo(ROWS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return (System.nanoTime() - start) / 1e9;
        }));
    }

    private static Path generate(Path file) throws IOException {
        Random random = new Random(20261125);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "婷"};
        String[] english = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Tim"};
        String[] tags = {"产品经理", "转行", "运营", "designer", "engineer", "应届生", "HR", "sales", "mentor", "新人"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,昵称,微信号,手机,邮箱,标签,渠道,等级,累计消费,备注,外部编号,状态,入群日期\n");
            for (int i = 0; i < ROWS; i++) {
                boolean chinese = random.nextInt(10) < 6;
                String name = chinese ? surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                        + given[random.nextInt(given.length)] : english[random.nextInt(english.length)] + " " + i;
                boolean pending = random.nextInt(10) == 0;
                String row = String.join(",",
                        name,
                        random.nextBoolean() ? "" : "nick" + i,
                        "wx_" + Integer.toString(i, 36) + "_" + random.nextInt(1000),
                        random.nextInt(4) == 0 ? "" : "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", i),
                        random.nextInt(3) == 0 ? "" : "member" + i + "@example.com",
                        tags[random.nextInt(tags.length)] + "；" + tags[random.nextInt(tags.length)],
                        random.nextInt(5) == 0 ? "" : CHANNELS.get(random.nextInt(CHANNELS.size())),
                        random.nextInt(3) == 0 ? "" : TIERS.get(random.nextInt(TIERS.size())),
                        random.nextInt(100_000) / 100 + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100)),
                        random.nextInt(8) == 0 ? "\"来自线下活动, follow up\"" : "",
                        "EXT-" + i,
                        pending ? "PENDING_REVIEW" : "",
                        pending ? "" : start.plusDays(random.nextInt(600)).toString());
                out.write(row);
                out.write('\n');
            }
        }
        return file;
    }

}

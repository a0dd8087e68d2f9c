package app.communityops.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An API answer that says a batch was stored means it was flushed: the ingest transaction does not turn
 * {@code synchronous_commit} off (decision 0011 once did), and nothing in the application does.
 */
@IntegrationTest
class IngestDurabilityTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    EngagementIngestService ingest;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theIngestTransactionCommitsWithSynchronousCommitOn() {
        TestTenants.Fixture tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> {
            MemberForm form = new MemberForm();
            form.setName("Mia");
            form.setHandle("mia-" + tenant.tenantId());
            form.setExternalId("mia");
            members.addToCommunity(tenant.communityId(), form);
        });
        // The tests' own database runs with synchronous_commit off; the transaction turns it on first, so a "set
        // local ... off" inside the ingest (which joins this transaction) shows in what it reads afterwards.
        AtomicReference<String> setting = new AtomicReference<>();
        SignedIn.run(tenant.admin(), () -> setting.set(new TransactionTemplate(transactionManager).execute(s -> {
            jdbc.execute("set local synchronous_commit = on");
            IngestResult result = ingest.ingest(tenant.communityId(), "test", List.of(new EventInput("e1",
                    EngagementType.MESSAGE_POSTED, null, new MemberRef("mia", null),
                    Instant.now().minusSeconds(60), null, null, null)), UnknownMembers.REJECT);
            assertThat(result.written()).isEqualTo(1);
            return jdbc.queryForObject("show synchronous_commit", String.class);
        })));
        assertThat(setting.get()).isEqualTo("on");
    }

    @Test
    void noApplicationCodeTurnsSynchronousCommitOff() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile)
                    .filter(file -> read(file).toLowerCase()
                            .matches("(?s).*(set\\s+(local\\s+|session\\s+)?synchronous_commit\\s*(=|to)\\s*'?(off|local)"
                                    + "|set_config\\s*\\(\\s*'synchronous_commit'\\s*,\\s*'(off|local)').*"))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}

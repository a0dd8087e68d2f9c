package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.TableOwners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests create another module's rows through that module's test data ({@code members.MemberTestData},
 * {@code activity.ActivityTestData}, {@code money.MoneyTestData}...), never by copying its {@code insert}: a test
 * file may insert only into its own module's tables. Listed exceptions say why.
 */
class TestDataStaysInItsModuleTest {

    private static final Path TESTS = Path.of("src/test/java/app/communityops");
    private static final Pattern INSERT = Pattern.compile("(?i)\\binsert\\s+into\\s+([a-z_][a-z0-9_]*)");

    /** Folders whose files may insert anywhere, with the reason. */
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("testing", "TestTenants builds the base every test starts from: tenant, accounts, communities"),
            Map.entry("tenancy/CrossTenantIsolationTest.java", "writes tenant tables directly to prove row-level "
                    + "security"),
            Map.entry("demo/DemoSeedsStayInTheirModuleTest.java", "checks its rule on a sample statement"),
            Map.entry("SqlTableNamesTest.java", "checks the module-table rule of main code on sample statements"),
            Map.entry("TestDataStaysInItsModuleTest.java", "checks this very rule on a sample statement"));

    @Test
    void aTestInsertsOnlyIntoItsOwnModulesTables() {
        Map<String, String> owners = TableOwners.owners();
        List<String> foreign = new ArrayList<>();
        for (Path file : testSources()) {
            String relative = TESTS.relativize(file).toString().replace('\\', '/');
            if (EXCEPTIONS.keySet().stream().anyMatch(e -> relative.equals(e) || relative.startsWith(e + "/"))) {
                continue;
            }
            String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
            Matcher insert = INSERT.matcher(TableOwners.COMMENTS.matcher(TableOwners.read(file)).replaceAll(""));
            while (insert.find()) {
                String table = insert.group(1).toLowerCase();
                if (!module.equals(owners.get(table))) {
                    foreign.add(relative + " inserts into " + table + " (owner: " + owners.get(table) + ")");
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void theCheckSeesACopiedInsert() {
        Matcher insert = INSERT.matcher("jdbc.update(\"\"\"\n    insert into member (tenant_id, id) values (?, ?)\"\"\")");
        assertThat(insert.find()).isTrue();
        assertThat(TableOwners.owners().get(insert.group(1))).isEqualTo("members");
    }

    private static List<Path> testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

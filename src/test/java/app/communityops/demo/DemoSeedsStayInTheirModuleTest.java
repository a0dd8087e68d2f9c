package app.communityops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo data is written module by module: each module's demo code writes only the tables its module owns and
 * reaches other modules' rows through their demo fixtures ({@code members.DemoMembers}...), and one runner,
 * {@code demo.DemoData}, says in which order the modules seed.
 */
class DemoSeedsStayInTheirModuleTest {

    private static final Path MAIN = Path.of("src/main/java/app/communityops");
    private static final Path CHANGELOGS = Path.of("src/main/resources/db/changelog");

    /** The module of each changelog's tables, by the changelog's topic; tables listed below override it. */
    private static final Map<String, String> MODULE_OF_CHANGELOG = Map.ofEntries(Map.entry("tenancy", "tenancy"),
            Map.entry("accounts", "security"), Map.entry("community", "community"), Map.entry("audit", "audit"),
            Map.entry("members", "members"), Map.entry("activity", "activity"), Map.entry("content", "content"),
            Map.entry("content-redline-history", "screening"), Map.entry("money", "money"),
            Map.entry("engagement", "engagement"), Map.entry("tool", "tool"), Map.entry("kpi", "kpi"),
            Map.entry("notification", "notification"));
    private static final Map<String, String> OWNER_OVERRIDES = Map.ofEntries(
            Map.entry("platform_admin", "security"), Map.entry("login_email", "security"),
            Map.entry("client", "clients"), Map.entry("community_positioning", "screening"),
            Map.entry("screening_policy", "screening"), Map.entry("screening_condition", "screening"),
            Map.entry("invitation_code", "screening"), Map.entry("red_line", "screening"));

    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void eachModulesDemoCodeWritesOnlyItsOwnTables() {
        Map<String, String> owners = owners();
        List<String> foreign = new ArrayList<>();
        List<Path> demoCode = demoSources();
        for (Path file : demoCode) {
            String module = MAIN.relativize(file).getName(0).toString();
            Matcher write = WRITE.matcher(COMMENTS.matcher(read(file)).replaceAll(""));
            while (write.find()) {
                String table = write.group(1).toLowerCase();
                if (table.equals("set")) {
                    continue; // "on conflict do update set"
                }
                String owner = owners.get(table);
                if (!module.equals(owner)) {
                    foreign.add(MAIN.relativize(file) + " writes " + table + " (owner: " + owner + ")");
                }
            }
        }
        assertThat(demoCode).as("demo code found").hasSizeGreaterThan(8);
        assertThat(foreign).isEmpty();
    }

    @Test
    void oneRunnerSaysInWhichOrderTheModulesSeed() {
        assertThat(demoSources()).filteredOn(file -> read(file).contains("implements ApplicationRunner"))
                .extracting(file -> MAIN.relativize(file).toString().replace('\\', '/'))
                .containsExactly("demo/DemoData.java");
    }

    @Test
    void theCheckSeesAWriteToAnotherModulesTable() {
        Matcher write = WRITE.matcher("jdbc.update(\"insert into red_line (tenant_id) values (?)\");"
                + " jdbc.update(\"update member set x = 1\")");
        assertThat(write.find()).isTrue();
        assertThat(owners().get(write.group(1))).isEqualTo("screening");
        assertThat(write.find()).isTrue();
        assertThat(owners().get(write.group(1))).isEqualTo("members");
    }

    /** Every table a changelog creates, with the module that owns it. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(CHANGELOGS)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                String topic = file.getFileName().toString().replaceFirst("^\\d+-[0-9A-Z]+\\d*-", "")
                        .replaceFirst("\\.sql$", "");
                Matcher create = CREATE.matcher(read(file));
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    owners.put(table, OWNER_OVERRIDES.getOrDefault(table, MODULE_OF_CHANGELOG.get(topic)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static List<Path> demoSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.getFileName().toString().matches("(Demo\\w*|\\w+Demo(Data|Seed))\\.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.communityops.demo;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo data is written module by module: each module's demo code writes only the tables its module owns and
 * reaches other modules' rows through their demo fixtures ({@code members.DemoMembers}...), and one runner,
 * {@code demo.DemoData}, says in which order the modules seed.
 */
class DemoSeedsStayInTheirModuleTest {

    private static final Path MAIN = Path.of("src/main/java/app/communityops");

    @Test
    void eachModulesDemoCodeWritesOnlyItsOwnTables() {
        Map<String, String> owners = TableOwners.owners();
        List<String> foreign = new ArrayList<>();
        List<Path> demoCode = demoSources();
        for (Path file : demoCode) {
            String module = MAIN.relativize(file).getName(0).toString();
            String code = TableOwners.COMMENTS.matcher(TableOwners.read(file)).replaceAll("");
            Matcher write = TableOwners.WRITE.matcher(code);
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
        assertThat(demoSources()).filteredOn(file -> TableOwners.read(file).contains("implements ApplicationRunner"))
                .extracting(file -> MAIN.relativize(file).toString().replace('\\', '/'))
                .containsExactly("demo/DemoData.java");
    }

    @Test
    void theCheckSeesAWriteToAnotherModulesTable() {
        Matcher write = TableOwners.WRITE.matcher("jdbc.update(\"insert into red_line (tenant_id) values (?)\");"
                + " jdbc.update(\"update member set x = 1\")");
        assertThat(write.find()).isTrue();
        assertThat(TableOwners.owners().get(write.group(1))).isEqualTo("screening");
        assertThat(write.find()).isTrue();
        assertThat(TableOwners.owners().get(write.group(1))).isEqualTo("members");
    }

    private static List<Path> demoSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.getFileName().toString().matches("(Demo\\w*|\\w+Demo(Data|Seed))\\.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision 0033: a service reads as access, transaction and calls; its SQL sits in the feature's {@code *Queries}
 * classes. The services listed here have been moved and must stay so.
 */
class ServicesWithoutSqlTest {

    private static final Pattern JDBC = Pattern.compile("import org\\.springframework\\.jdbc\\.");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\"[^\"]*\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b");

    @ParameterizedTest
    @ValueSource(strings = {"money/OrderService.java", "money/CommissionService.java"})
    void holdsNoSql(String service) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/java/app/communityops", service));
        assertThat(lines).as("JDBC in %s", service).noneMatch(line -> JDBC.matcher(line).find());
        assertThat(lines).as("SQL text in %s", service)
                .noneMatch(line -> STATEMENT.matcher(line).find() || line.strip().startsWith("\"\"\""));
    }
}

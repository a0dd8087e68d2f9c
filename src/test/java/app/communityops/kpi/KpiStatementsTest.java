package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * The two long KPI statements, assembled from named parts, carry named parameters only: every {@code :name} in the
 * text has a value and every value is used, for one window and several, with and without their optional parts. What
 * they compute is held by KpiDefinitionsTest and the rollup tests.
 */
class KpiStatementsTest {

    /** A name after a colon that is not a cast's second colon ({@code ::uuid}). */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<UUID> COMMUNITIES = List.of(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void theRecordStatementNamesEachParameterWithAndWithoutTheStayPass() {
        for (int windows = 1; windows <= 3; windows++) {
            assertNamedOnly(RecordFigures.statement(windows(windows), COMMUNITIES, new UUID[0]));
            NamedStatement counted = RecordFigures.statement(windows(windows), COMMUNITIES,
                    COMMUNITIES.toArray(UUID[]::new));
            assertNamedOnly(counted);
            assertThat(counted.parameters()).containsKeys("start" + windows, "end" + windows, "counted", "until");
            assertThat(counted.sql()).contains("attending" + windows, "when " + windows + " then m.at_start");
        }
    }

    @Test
    void theJoinerStatementNamesEachParameterWithAndWithoutTheFunnel() {
        CanvasDetails settings = CanvasDetails.empty(COMMUNITIES.getFirst());
        for (int windows = 1; windows <= 3; windows++) {
            assertNamedOnly(JoinerFigures.statement(COMMUNITIES.getFirst(), windows(windows), settings, false));
            NamedStatement funnel = JoinerFigures.statement(COMMUNITIES.getFirst(), windows(windows), settings, true);
            assertNamedOnly(funnel);
            assertThat(funnel.sql()).contains("union all");
        }
    }

    private static void assertNamedOnly(NamedStatement statement) {
        assertThat(statement.sql()).as("positional parameters").doesNotContain("?");
        Set<String> named = new TreeSet<>();
        Matcher matcher = NAMED.matcher(statement.sql());
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        assertThat(named).as("parameters in the text").isEqualTo(new TreeSet<>(statement.parameters().keySet()));
        assertThat(NamedParameterUtils.buildValueArray(statement.sql(), statement.parameters()))
                .as("a value for each place").doesNotContainNull();
    }

    private static List<Window> windows(int count) {
        LocalDate first = LocalDate.of(2026, 1, 1);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new Window(first.plusMonths(i), first.plusMonths(i + 1).minusDays(1), ZONE)).toList();
    }
}

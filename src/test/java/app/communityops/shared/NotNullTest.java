package app.communityops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values known to be there come through unchanged; one that is not fails at once, saying which promise broke. */
class NotNullTest {

    @Test
    void aNotNullColumnComesThroughInOrderAndStaysAModifiableList() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<UUID> column = NotNull.column(new ArrayList<>(List.of(first, second)));
        assertThat(column).containsExactly(first, second);
        column.add(first);
        assertThat(column).hasSize(3);
        assertThat(NotNull.column(List.of())).isEmpty();
    }

    @Test
    void aNullInANotNullColumnFailsNamingTheColumnPromise() {
        assertThatThrownBy(() -> NotNull.column(Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("NOT NULL column");
        assertThatThrownBy(() -> NotNull.value(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("NOT NULL column");
        assertThat(NotNull.value(7)).isEqualTo(7);
    }

    @Test
    void anEntryOfAMapFilledWithEveryKeyIsFoundAndAMissingOneFailsNamingTheKey() {
        Map<String, Integer> filled = Map.of("DAU", 1, "MEMBERS_NEW", 2);
        assertThat(NotNull.entry(filled, "MEMBERS_NEW")).isEqualTo(2);
        assertThatThrownBy(() -> NotNull.entry(filled, "CHURN_RATE"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHURN_RATE");
    }
}

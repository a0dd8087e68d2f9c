package app.communityops.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a new screening mechanism needs besides its constant (docs/adding-a-feature.md): a check in the engine and
 * its names in both languages, for screening's screens and for the members grid that shows what screened a member.
 */
class ScreeningMechanismCatalogueTest {

    @Test
    void theEngineChecksEveryMechanismWhenThePolicyTurnsAllOn() {
        ScreeningRules everything = new ScreeningRules(Combine.ALL, true, new BigDecimal("19.90"), "CNY", true, true,
                Set.of(), true, 1, "Gold", true, new BigDecimal("100"));
        ScreeningFacts nothingBrought = new ScreeningFacts(null, CodeCheck.NONE, Set.of(), null, null, BigDecimal.ZERO,
                false);
        List<ScreeningMechanism> checked = ScreeningEngine.evaluate(everything, nothingBrought).results().stream()
                .map(MechanismResult::mechanism).toList();
        assertThat(checked).containsExactlyInAnyOrder(ScreeningMechanism.values());
    }

    @Test
    void everyMechanismIsNamedInBothLanguagesWhereItShows() throws IOException {
        for (String bundle : List.of("screening_en", "screening_zh_CN", "members_en", "members_zh_CN")) {
            Properties texts = load("i18n/" + bundle + ".properties");
            String prefix = bundle.startsWith("screening") ? "screening.mechanism." : "membership.mechanism.";
            assertThat(Arrays.stream(ScreeningMechanism.values()).map(mechanism -> prefix + mechanism.name()))
                    .as("mechanism names in %s", bundle)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScreeningMechanismCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package app.communityops.automation;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a {@link RuleDefinition}: the plain JSON of its records, enum constants by name. Unknown
 * properties are ignored on reading, so a field added later does not break rules saved before it.
 */
public final class RuleJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RuleJson() {
    }

    public static String write(RuleDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    public static RuleDefinition read(String json) {
        return JSON.readValue(json, RuleDefinition.class);
    }
}

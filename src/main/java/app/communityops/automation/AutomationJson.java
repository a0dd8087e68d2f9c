package app.communityops.automation;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of rule definitions, signal data and run details, read and written one way. */
final class AutomationJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private AutomationJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static RuleDefinition definition(String json) {
        return JSON.readValue(json, RuleDefinition.class);
    }

    static Map<String, Object> map(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    static List<ConditionResult> conditions(String json) {
        return JSON.readValue(json, new TypeReference<List<ConditionResult>>() { });
    }

    static List<ActionOutcome> actions(String json) {
        return JSON.readValue(json, new TypeReference<List<ActionOutcome>>() { });
    }
}

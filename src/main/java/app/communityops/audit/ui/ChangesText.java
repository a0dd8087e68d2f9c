package app.communityops.audit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an entry's changes (a JSON object of field to new value) into text a person can scan in a grid cell. */
final class ChangesText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangesText() {
    }

    /** "name: Acme; contactEmail: a@b.test; operatorIds: 0190…, 0190…". */
    static String compact(String changes) {
        JsonNode root = parse(changes);
        if (root == null) {
            return changes;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            parts.add(field.getKey() + ": " + valueText(field.getValue()));
        }
        return String.join("; ", parts);
    }

    static String pretty(String changes) {
        JsonNode root = parse(changes);
        return root == null ? changes : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String valueText(JsonNode value) {
        if (value.isNull()) {
            return "—";
        }
        if (value.isArray()) {
            return value.values().stream().map(ChangesText::valueText).reduce((a, b) -> a + ", " + b).orElse("∅");
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static @Nullable JsonNode parse(String changes) {
        try {
            JsonNode root = JSON.readTree(changes);
            return root != null && root.isObject() ? root : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}

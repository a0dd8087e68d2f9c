package app.communityops.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation as stored in {@code membership.screening}. Outcomes are keyed by mechanism so SQL can read one
 * directly ({@code screening->'outcomes'->'PAID_ENTRY'->>'outcome'}) for the pass rates; reasons are stored as
 * i18n keys with arguments, so they show in the reader's language.
 */
final class ScreeningRecord {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ScreeningRecord() {
    }

    static String write(Evaluation evaluation, Instant evaluatedAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("combine", evaluation.combine().name());
        root.put("verdict", evaluation.verdict().name());
        root.put("reviewerApproved", evaluation.reviewerApproved());
        root.put("evaluatedAt", evaluatedAt.toString());
        ObjectNode outcomes = root.putObject("outcomes");
        for (MechanismResult result : evaluation.results()) {
            ObjectNode node = outcomes.putObject(result.mechanism().name());
            node.put("outcome", result.outcome().name());
            node.put("reason", result.reasonKey());
            ArrayNode arguments = node.putArray("args");
            result.arguments().forEach(arguments::add);
        }
        return JSON.writeValueAsString(root);
    }

    /** Empty for an application never screened (the members feature adds members without screening too). */
    static Optional<Evaluation> read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode outcomes = root.path("outcomes");
            if (!root.has("verdict") || !outcomes.isObject()) {
                return Optional.empty();
            }
            List<MechanismResult> results = new ArrayList<>();
            for (ScreeningMechanism mechanism : ScreeningMechanism.values()) {
                JsonNode node = outcomes.get(mechanism.name());
                if (node != null) {
                    List<String> arguments = new ArrayList<>();
                    node.path("args").forEach(argument -> arguments.add(argument.asString()));
                    results.add(new MechanismResult(mechanism, Outcome.valueOf(node.path("outcome").asString()),
                            node.path("reason").asString(), arguments));
                }
            }
            return Optional.of(new Evaluation(Combine.valueOf(root.path("combine").asString("ALL")), results,
                    Verdict.valueOf(root.path("verdict").asString()), root.path("reviewerApproved").asBoolean()));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

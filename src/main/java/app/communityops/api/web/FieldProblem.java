package app.communityops.api.web;

/** One invalid field of a request: a JSON path such as {@code events[3].occurredAt}, and what is wrong with it. */
public record FieldProblem(String field, String message) {
}

package app.communityops.engagement;

/**
 * Why one event of a batch was refused: its position (from 0 in a request, from 1 as a CSV line), the field
 * ({@code occurredAt}, {@code member} ...) and an i18n key of this feature's bundle.
 */
public record EventProblem(int index, String field, String messageKey) {
}

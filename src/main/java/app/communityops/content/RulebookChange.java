package app.communityops.content;

import java.time.Instant;

/** A rulebook item as it read after one change ({@code active} false: the change removed it). */
public record RulebookChange(String text, boolean active, Instant changedAt, String changedByName) {
}

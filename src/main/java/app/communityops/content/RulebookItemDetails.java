package app.communityops.content;

import java.time.Instant;
import java.util.UUID;

/** A rulebook item as it reads now, with who last changed it. For a logo, {@code text} describes the image. */
public record RulebookItemDetails(UUID id, UUID communityId, RulebookKind kind, String text, boolean active,
                                  Instant changedAt, String changedByName, long version) {
}

package app.communityops.content;

import java.util.UUID;

/** A staff member who can be named as a content item's author. */
public record StaffOption(UUID id, String name) {
}

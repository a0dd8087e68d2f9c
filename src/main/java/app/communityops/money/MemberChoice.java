package app.communityops.money;

import java.util.UUID;

/** A member to pick on the order form: the name and, for staff, the handle that tells namesakes apart. */
public record MemberChoice(UUID id, String label) {
}

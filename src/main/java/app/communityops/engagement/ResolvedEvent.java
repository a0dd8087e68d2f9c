package app.communityops.engagement;

import java.util.UUID;

/** An accepted event with its member found, at its position in the batch. */
record ResolvedEvent(int index, EventInput input, UUID memberId) {
}

package app.communityops.members;

import java.util.List;

/**
 * A batch of {@link MemberSegmentChanged}, published by the health recompute inside its transaction: a full
 * recompute can move tens of thousands of members, and a listener that keeps each change (automation's signals)
 * writes a batch in one round trip instead of one per member.
 */
public record MemberSegmentsChanged(List<MemberSegmentChanged> changes) {

    public MemberSegmentsChanged {
        changes = List.copyOf(changes);
    }
}

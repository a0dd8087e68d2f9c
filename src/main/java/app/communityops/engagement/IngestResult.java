package app.communityops.engagement;

import java.util.List;

/**
 * What became of a batch: how many events were received and written, and the positions of those dropped as
 * duplicates (an event key already seen from the same source, earlier or in the same batch).
 */
public record IngestResult(int received, int written, List<Integer> duplicates, int membersCreated) {
}

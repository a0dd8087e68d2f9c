package app.communityops.report;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a community's report for a period as it moves from draft to the client. {@code supersededAt} is
 * set when a corrected version was sent after it; the client then reads the newer one as current.
 *
 * @param recipients how many client users it was sent to
 * @param mailed     how many of them were mailed (the others see it in the console only)
 */
public record ReportDelivery(UUID id, UUID communityId, String communityName, ReportPeriod period, int versionNo,
                             DeliveryState state, @Nullable UUID submittedBy, Instant createdAt,
                             @Nullable Instant sentAt, @Nullable Instant acknowledgedAt,
                             @Nullable Instant supersededAt, int recipients, int mailed, boolean openedByMe,
                             long version) {

    public boolean current() {
        return supersededAt == null;
    }
}

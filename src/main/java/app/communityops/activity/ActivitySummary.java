package app.communityops.activity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One activity or occurrence as grids and the detail screen show it. {@code hostName} is resolved already (staff
 * name, member name or the free text). Equal by id, so a changed row stays the same grid item.
 */
public record ActivitySummary(UUID id, UUID communityId, @Nullable UUID seriesId, boolean detached, UUID typeId,
                              String title, @Nullable String description, HostKind hostKind,
                              @Nullable UUID hostUserId, @Nullable UUID hostMemberId, @Nullable String hostText,
                              @Nullable String hostName, @Nullable String onlineLink, @Nullable String place,
                              Instant start, Instant end, @Nullable Integer capacity, FunnelStage funnelStage,
                              ActivityStatus status, @Nullable String outcomeNotes, int attended, long version) {

    public boolean recurring() {
        return seriesId != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivitySummary that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

package app.communityops.activity;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A single activity, or one occurrence of a series. An occurrence edited on its own is {@code detached}: later
 * changes to the series leave it alone, as calendar users expect of an exception.
 */
@Entity
@Table(name = "activity")
@Audited
class Activity extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Column(name = "series_id")
    private @Nullable UUID seriesId;

    /** The slot the series gave it, so a moved occurrence is still known as "the one of that day". */
    @Column(name = "original_start")
    private @Nullable Instant originalStart;

    @Column(nullable = false)
    private boolean detached;

    @Column(name = "type_id", nullable = false)
    private UUID typeId = new UUID(0, 0);

    @Column(nullable = false)
    private String title = "";

    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_kind", nullable = false)
    private HostKind hostKind = HostKind.STAFF;

    @Column(name = "host_user_id")
    private @Nullable UUID hostUserId;

    @Column(name = "host_member_id")
    private @Nullable UUID hostMemberId;

    @Column(name = "host_text")
    private @Nullable String hostText;

    @Column(name = "online_link")
    private @Nullable String onlineLink;

    private @Nullable String place;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    private @Nullable Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "funnel_stage", nullable = false)
    private FunnelStage funnelStage = FunnelStage.ACTIVATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Column(name = "outcome_notes")
    private @Nullable String outcomeNotes;

    protected Activity() {
    }

    Activity(UUID communityId, ActivityForm form, Instant start, Instant end) {
        this.communityId = communityId;
        apply(form);
        this.startsAt = start;
        this.endsAt = end;
    }

    static Activity occurrence(UUID communityId, UUID seriesId, ActivityForm form, Instant start, Duration length) {
        Activity activity = new Activity(communityId, form, start, start.plus(length));
        activity.seriesId = seriesId;
        activity.originalStart = start;
        return activity;
    }

    /** Everything but the times, which the caller sets (they differ per occurrence). */
    void apply(ActivityForm form) {
        this.typeId = java.util.Objects.requireNonNull(form.getTypeId());
        this.title = form.getTitle().strip();
        this.description = blankToNull(form.getDescription());
        this.hostKind = form.getHostKind();
        this.hostUserId = hostKind == HostKind.STAFF ? form.getHostUserId() : null;
        this.hostMemberId = hostKind == HostKind.MEMBER ? form.getHostMemberId() : null;
        this.hostText = hostKind == HostKind.TEXT ? blankToNull(form.getHostText()) : null;
        this.onlineLink = blankToNull(form.getOnlineLink());
        this.place = blankToNull(form.getPlace());
        this.capacity = form.getCapacity();
        this.funnelStage = form.getFunnelStage();
    }

    void reschedule(Instant newStart, Instant newEnd) {
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    void detach() {
        this.detached = true;
    }

    void moveToSeries(UUID newSeriesId) {
        this.seriesId = newSeriesId;
        this.detached = true;
    }

    /** Takes the first slot of the series it was moved to: no longer an exception of it. */
    void rejoinAt(Instant slot) {
        this.originalStart = slot;
        this.detached = false;
    }

    void leaveSeries() {
        this.seriesId = null;
        this.originalStart = null;
        this.detached = false;
    }

    void cancel() {
        this.status = ActivityStatus.CANCELLED;
    }

    void markDone(@Nullable String notes) {
        this.status = ActivityStatus.DONE;
        this.outcomeNotes = blankToNull(notes);
    }

    void reopen() {
        this.status = ActivityStatus.PLANNED;
    }

    UUID communityId() { return communityId; }
    @Nullable UUID seriesId() { return seriesId; }
    @Nullable Instant originalStart() { return originalStart; }
    boolean detached() { return detached; }
    UUID typeId() { return typeId; }
    Instant start() { return startsAt; }
    Instant end() { return endsAt; }
    ActivityStatus status() { return status; }
    @Nullable Integer capacity() { return capacity; }

    ActivitySummary toSummary(@Nullable String hostName, int attended) {
        return new ActivitySummary(getId(), communityId, seriesId, detached, typeId, title, description, hostKind,
                hostUserId, hostMemberId, hostText, hostName, onlineLink, place, startsAt, endsAt, capacity, funnelStage,
                status, outcomeNotes, attended, getVersion() == null ? 0 : getVersion());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

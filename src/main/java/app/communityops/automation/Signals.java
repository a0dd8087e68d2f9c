package app.communityops.automation;

import app.communityops.activity.AttendanceRecorded;
import app.communityops.kpi.KpiStatusChanged;
import app.communityops.members.MemberSegmentChanged;
import app.communityops.members.MemberSegmentsChanged;
import app.communityops.members.MembershipRecorded;
import app.communityops.members.MembershipsImported;
import app.communityops.money.OrderPaid;
import app.communityops.money.OrderRefunded;
import app.communityops.money.OrderReviewed;
import app.communityops.screening.InvitationCodeUsedUp;
import app.communityops.shared.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts other modules publish as signals, synchronously in the publisher's transaction: the fact and its
 * signal commit together or not at all, so the engine never misses one nor sees one that was rolled back. Only a
 * row is written here; rules are evaluated later by the engine job, off the path that recorded the fact. Engagement
 * events are not facts here: their ingest writes no signal per event (a member's silence is found by a scan).
 */
@Component
class Signals {

    private final SignalQueries signals;
    private final Clock clock;

    Signals(SignalQueries signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @EventListener
    void on(MembershipRecorded fact) {
        SignalKind kind = switch (fact.type()) {
            case APPLIED -> SignalKind.MEMBER_APPLIED;
            case JOINED -> SignalKind.MEMBER_JOINED;
            case LEFT -> SignalKind.MEMBER_LEFT;
            case ELIMINATED -> SignalKind.MEMBER_ELIMINATED;
            case WARNED -> SignalKind.MEMBER_WARNED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<String, Object> data = new HashMap<>();
        data.put("warnings", fact.warningCount());
        put(data, "reason", fact.reason());
        put(data, "redLineId", fact.redLineId());
        put(data, "seated", fact.seated());
        put(data, "capacity", fact.capacity());
        keep(kind, fact.communityId(), fact.membershipId(), fact.memberId(), null, data, fact.occurredAt());
    }

    /** An import's bulk history: one signal per new membership, as a join or an application by hand would give. */
    @EventListener
    void on(MembershipsImported fact) {
        RuleCause.Cause cause = RuleCause.current();
        List<Signal> many = new ArrayList<>();
        for (MembershipsImported.Entry entry : fact.entries()) {
            SignalKind kind = switch (entry.type()) {
                case JOINED -> SignalKind.MEMBER_JOINED;
                case APPLIED -> SignalKind.MEMBER_APPLIED;
                default -> null;
            };
            if (kind != null) {
                many.add(new Signal(Uuids.v7(), kind, fact.communityId(), entry.membershipId(), entry.memberId(),
                        null, Map.of("warnings", 0, "imported", true), entry.occurredAt(), null,
                        cause == null ? null : cause.ruleId(), cause == null ? 0 : cause.depth()));
            }
        }
        signals.insertAll(many, clock.instant());
    }

    /**
     * The health recompute's segment changes, a batch at a time (a full recompute can move many members): one batch
     * insert per batch. Each change is a fact about one member, like a join.
     */
    @EventListener
    void on(MemberSegmentsChanged fact) {
        RuleCause.Cause cause = RuleCause.current();
        List<Signal> many = new ArrayList<>();
        for (MemberSegmentChanged change : fact.changes()) {
            Map<String, Object> data = new HashMap<>();
            data.put("to", change.to().name());
            data.put("score", change.score());
            put(data, "from", change.from() == null ? null : change.from().name());
            many.add(new Signal(Uuids.v7(), SignalKind.MEMBER_SEGMENT_CHANGED, change.communityId(),
                    change.membershipId(), change.memberId(), null, data, change.occurredAt(), null,
                    cause == null ? null : cause.ruleId(), cause == null ? 0 : cause.depth()));
        }
        signals.insertAll(many, clock.instant());
    }

    @EventListener
    void on(OrderPaid fact) {
        keep(SignalKind.ORDER_PAID, fact.communityId(), null, fact.memberId(), fact.orderId(),
                Map.of("amount", fact.amount().toPlainString(), "currency", fact.currency(),
                        "purchases", fact.purchases()), fact.paidAt());
    }

    @EventListener
    void on(OrderRefunded fact) {
        keep(SignalKind.ORDER_REFUNDED, fact.communityId(), null, fact.memberId(), fact.orderId(),
                Map.of("amount", fact.amount().toPlainString(), "currency", fact.currency()), fact.refundedAt());
    }

    @EventListener
    void on(OrderReviewed fact) {
        keep(SignalKind.REVIEW_RECORDED, fact.communityId(), null, fact.memberId(), fact.orderId(),
                Map.of("stars", fact.stars()), fact.reviewedAt());
    }

    @EventListener
    void on(KpiStatusChanged fact) {
        keep(SignalKind.KPI_STATUS_CHANGED, fact.communityId(), null, null, null,
                Map.of("kpi", fact.kpi().name(), "status", fact.status().name(),
                        "periodKind", fact.periodKind().name(), "periodStart", fact.periodStart().toString()),
                fact.changedAt());
    }

    /**
     * Attendance is marked after the activity took place: the fact is the marking (now), which is what a rule switched
     * on in between must see; the activity's own time is kept in the data.
     */
    @EventListener
    void on(AttendanceRecorded fact) {
        Instant markedAt = clock.instant();
        for (AttendanceRecorded.Attendee attendee : fact.attendees()) {
            keep(SignalKind.ATTENDANCE_RECORDED, fact.communityId(), null, attendee.memberId(), fact.activityId(),
                    Map.of("activityTypeId", fact.activityTypeId().toString(),
                            "attendedInAll", attendee.attendedInAll(), "attendedOfType", attendee.attendedOfType(),
                            "attendedAt", fact.attendedAt().toString()),
                    markedAt);
        }
    }

    @EventListener
    void on(InvitationCodeUsedUp fact) {
        keep(SignalKind.CODES_USED_UP, fact.communityId(), null, null, fact.codeId(),
                Map.of("code", fact.code(), "quota", fact.quota(), "usableLeft", fact.usableLeft()),
                fact.usedUpAt());
    }

    private void keep(SignalKind kind, @Nullable UUID community, @Nullable UUID membership, @Nullable UUID member,
                      @Nullable UUID subject, Map<String, Object> data, Instant occurredAt) {
        RuleCause.Cause cause = RuleCause.current();
        signals.insert(new Signal(Uuids.v7(), kind, community, membership, member, subject, data, occurredAt, null,
                cause == null ? null : cause.ruleId(), cause == null ? 0 : cause.depth()), clock.instant());
    }

    private static void put(Map<String, Object> data, String key, @Nullable Object value) {
        if (value != null) {
            data.put(key, value instanceof UUID ? value.toString() : value);
        }
    }
}

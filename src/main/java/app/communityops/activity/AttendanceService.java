package app.communityops.activity;

import app.communityops.shared.Access;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberSort;
import app.communityops.members.MembershipQueryService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import app.communityops.shared.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended an occurrence, marked by staff from the community's members (applicants included: the source
 * text's trial lessons are attended before joining). Each mark is an engagement row; after every change the
 * members' screening conditions that count attendance are re-evaluated. Client users never see these lists.
 */
@Service
@PreAuthorize(Access.STAFF)
public class AttendanceService {

    /** Memberships that can attend: applicants under screening and members, not those who left or were removed. */
    static final Set<MembershipStatus> CAN_ATTEND = Set.of(MembershipStatus.APPLIED, MembershipStatus.PENDING_REVIEW,
            MembershipStatus.APPROVED, MembershipStatus.JOINED);

    private final ActivityRepository activities;
    private final ActivityAccess access;
    private final MembershipQueryService memberQueries;
    private final MembershipService memberships;
    private final ScreeningService screening;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AttendanceService(ActivityRepository activities, ActivityAccess access, MembershipQueryService memberQueries,
                      MembershipService memberships, ScreeningService screening, JdbcTemplate jdbc, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.activities = activities;
        this.access = access;
        this.memberQueries = memberQueries;
        this.memberships = memberships;
        this.screening = screening;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of the community's members matching {@code text}, each with whether they attended. */
    @Transactional(readOnly = true)
    public List<AttendanceRow> candidates(UUID activityId, @Nullable String text, int offset, int limit) {
        Activity activity = writable(activityId);
        List<MemberRow> rows = memberQueries.page(filter(activity, text), MemberSort.BY_NAME, offset, limit);
        Set<UUID> attended = attendedMembers(activityId);
        return rows.stream().map(row -> new AttendanceRow(row.membershipId(), row.memberId(), row.name(),
                row.handle(), row.status(), attended.contains(row.memberId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(UUID activityId, @Nullable String text) {
        return memberQueries.count(filter(writable(activityId), text));
    }

    /** Marks the memberships' members as attended; those already marked stay as they are. Answers the new count. */
    @Transactional
    public int mark(UUID activityId, Set<UUID> membershipIds) {
        Activity activity = writable(activityId);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new UserFacingException("activity.error.cancelled", null);
        }
        Set<UUID> memberIds = members(activity, membershipIds);
        Set<UUID> already = attendedMembers(activityId);
        Set<UUID> added = new HashSet<>(memberIds);
        added.removeAll(already);
        Integer capacity = activity.capacity();
        if (capacity != null && already.size() + added.size() > capacity) {
            throw new UserFacingException("activity.error.overCapacity", null, capacity);
        }
        UUID markedBy = CurrentUser.require().userId();
        for (UUID member : added) {
            jdbc.update("""
                    insert into activity_attendance (tenant_id, id, activity_id, community_id, member_id, attended_at,
                                                     marked_by, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, 0)
                    on conflict (tenant_id, activity_id, member_id) do nothing""",
                    Uuids.v7(), activityId, activity.communityId(), member, Timestamp.from(activity.start()),
                    markedBy, Timestamp.from(clock.instant()));
        }
        rescreen(activity.communityId(), added);
        announce(activity, added);
        return already.size() + added.size();
    }

    private void announce(Activity activity, Set<UUID> added) {
        if (added.isEmpty()) {
            return;
        }
        List<AttendanceRecorded.Attendee> attendees = jdbc.query("""
                        select a.member_id, count(*), count(*) filter (where x.type_id = ?)
                        from activity_attendance a join activity x on x.id = a.activity_id
                        where a.community_id = ? and a.member_id = any (?)
                        group by a.member_id order by a.member_id""",
                (rs, row) -> new AttendanceRecorded.Attendee(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)),
                activity.typeId(), activity.communityId(), added.toArray(UUID[]::new));
        events.publishEvent(new AttendanceRecorded(TenantContext.current().orElseThrow(), activity.getId(),
                activity.communityId(), activity.typeId(), activity.start(), attendees));
    }

    /** Takes the marks off again. Answers the new count. */
    @Transactional
    public int unmark(UUID activityId, Set<UUID> membershipIds) {
        Activity activity = writable(activityId);
        Set<UUID> memberIds = members(activity, membershipIds);
        for (UUID member : memberIds) {
            jdbc.update("delete from activity_attendance where activity_id = ? and member_id = ?", activityId, member);
        }
        rescreen(activity.communityId(), memberIds);
        return attendedMembers(activityId).size();
    }

    private void rescreen(UUID communityId, Set<UUID> memberIds) {
        for (UUID member : memberIds) {
            Map<UUID, Integer> byType = new HashMap<>();
            jdbc.query("""
                    select a.type_id, count(*) from activity_attendance t join activity a on a.id = t.activity_id
                    where t.community_id = ? and t.member_id = ? and a.status <> 'CANCELLED' group by a.type_id""",
                    rs -> {
                        byType.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    }, communityId, member);
            screening.attendanceChanged(communityId, member, byType);
        }
    }

    private Set<UUID> members(Activity activity, Set<UUID> membershipIds) {
        Set<UUID> memberIds = new HashSet<>();
        for (UUID id : membershipIds) {
            MembershipSummary membership = memberships.find(id)
                    .filter(m -> m.communityId().equals(activity.communityId()))
                    .orElseThrow(NotFoundException::new);
            if (!CAN_ATTEND.contains(membership.status())) {
                throw new UserFacingException("activity.attendance.error.notMember", null, membership.memberName());
            }
            memberIds.add(membership.memberId());
        }
        return memberIds;
    }

    private Set<UUID> attendedMembers(UUID activityId) {
        return new HashSet<>(jdbc.queryForList("select member_id from activity_attendance where activity_id = ?",
                UUID.class, activityId));
    }

    private MemberFilter filter(Activity activity, @Nullable String text) {
        return MemberFilter.all(activity.communityId()).withStatuses(CAN_ATTEND).withText(text);
    }

    private Activity writable(UUID activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(NotFoundException::new);
        access.writable(activity.communityId());
        return activity;
    }
}

package app.communityops.activity;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.ConditionLine;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ActivityServiceTest {

    @Autowired TestTenants tenants;
    @Autowired ActivityService activities;
    @Autowired ActivityTypeService types;
    @Autowired AttendanceService attendance;
    @Autowired ActivityCalendarSource calendar;
    @Autowired ScreeningPolicyService policies;
    @Autowired MembershipService memberships;
    @Autowired MemberTestData members;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantZone zones;

    Fixture tenant;
    UUID meetup;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        List<ActivityTypeSummary> seeded = as(tenant.operator(), types::types);
        assertThat(seeded).hasSize(8).extracting(ActivityTypeSummary::seedKey).startsWith("dailyTopic");
        meetup = seeded.get(2).id();
    }

    static LocalDateTime nextYear(int month, int day, int hour) {
        return LocalDateTime.of(LocalDate.now().getYear() + 1, month, day, hour, 0);
    }

    ActivityForm form(String title, LocalDateTime start) {
        ActivityForm form = new ActivityForm();
        form.setTypeId(meetup);
        form.setTitle(title);
        form.setHostKind(HostKind.TEXT);
        form.setHostText("Dr. Li");
        form.setStart(start);
        form.setEnd(start.plusHours(1));
        form.setCapacity(2);
        form.setOnlineLink("https://meet.example.test/room");
        return form;
    }

    ActivityForm weekly(String title, LocalDateTime start, int count) {
        ActivityForm form = form(title, start);
        form.setRepeat(true);
        form.setFrequency(Frequency.WEEKLY);
        form.getWeekdays().add(start.getDayOfWeek());
        form.setCount(count);
        return form;
    }

    @Test
    void aSingleActivityIsStoredInTheTenantsZone() {
        ZoneId zone = as(tenant.operator(), zones::current);
        ActivitySummary created = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), form("Kick-off", nextYear(3, 2, 19))));
        assertThat(created.start()).isEqualTo(nextYear(3, 2, 19).atZone(zone).toInstant());
        assertThat(created.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(created.hostName()).isEqualTo("Dr. Li");
        assertThat(as(tenant.clientUser(), () -> activities.list(tenant.communityId(), ActivityFilter.all())))
                .extracting(ActivitySummary::title).containsExactly("Kick-off");
    }

    @Test
    void badInputIsRefusedBesideItsField() {
        ActivityForm backwards = form("Backwards", nextYear(3, 2, 19));
        backwards.setEnd(backwards.getStart().minusMinutes(1));
        assertRefused(backwards, "activity.error.endBeforeStart", "end");
        ActivityForm script = form("Script", nextYear(3, 2, 19));
        script.setOnlineLink("javascript:alert(1)");
        assertRefused(script, "activity.error.link", "onlineLink");
        ActivityForm endless = weekly("Endless", nextYear(3, 2, 19), 3);
        endless.setCount(null);
        assertRefused(endless, "activity.error.seriesEnd", "until");
        ActivityForm tooLong = weekly("Too long", nextYear(3, 2, 19), 3);
        tooLong.setFrequency(Frequency.DAILY);
        tooLong.setCount(400);
        assertRefused(tooLong, "activity.error.seriesTooLong", "count");
    }

    private void assertRefused(ActivityForm form, String key, String field) {
        assertThatThrownBy(() -> as(tenant.operator(), () -> activities.create(tenant.communityId(), form)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void editingOneOccurrenceDetachesItAndEditingFollowingSplitsTheSeries() {
        ActivitySummary first = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), weekly("Sharing", nextYear(3, 2, 19), 6)));
        List<ActivitySummary> all = list();
        assertThat(all).hasSize(6).allSatisfy(a -> assertThat(a.seriesId()).isEqualTo(first.seriesId()));

        ActivitySummary second = all.get(1);
        ActivityForm moved = as(tenant.operator(), () -> activities.formFor(second.id()));
        moved.setTitle("Sharing (moved)");
        moved.setStart(moved.getStart().plusHours(1));
        moved.setEnd(moved.getEnd().plusHours(1));
        ActivitySummary detached = as(tenant.operator(),
                () -> activities.update(second.id(), second.version(), moved, EditScope.THIS));
        assertThat(detached.detached()).isTrue();
        assertThat(list()).extracting(ActivitySummary::title).containsExactly("Sharing", "Sharing (moved)",
                "Sharing", "Sharing", "Sharing", "Sharing");

        ActivitySummary fourth = list().get(3);
        ActivityForm later = as(tenant.operator(), () -> activities.formFor(fourth.id()));
        later.setTitle("Sharing 2.0");
        later.setStart(later.getStart().plusDays(1));
        later.setEnd(later.getEnd().plusDays(1));
        later.getWeekdays().clear();
        later.getWeekdays().add(later.getStart().getDayOfWeek());
        later.setCount(2);
        ActivitySummary split = as(tenant.operator(),
                () -> activities.update(fourth.id(), fourth.version(), later, EditScope.FOLLOWING));
        assertThat(split.id()).isEqualTo(fourth.id());
        assertThat(split.seriesId()).isNotEqualTo(first.seriesId());
        List<ActivitySummary> after = list();
        assertThat(after).extracting(ActivitySummary::title).containsExactly("Sharing", "Sharing (moved)",
                "Sharing", "Sharing 2.0", "Sharing 2.0");
        assertThat(after.get(4).start()).isEqualTo(after.get(3).start().plus(java.time.Duration.ofDays(7)));
        assertThatThrownBy(() -> as(tenant.operator(),
                () -> activities.update(fourth.id(), fourth.version(), later, EditScope.THIS)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void attendanceCountsAgainstCapacityAndTicksTheTrialLessonCondition() {
        List<UUID> people = members.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Wang Fang", "wangfang", MembershipStatus.PENDING_REVIEW),
                Spec.of("Li Lei", "lilei", MembershipStatus.JOINED),
                Spec.of("Zhao Min", "zhaomin", MembershipStatus.JOINED)));
        PolicyDetails policy = as(tenant.operator(), () -> {
            PolicyDetails current = policies.find(tenant.communityId());
            PolicyForm form = PolicyForm.of(current);
            form.setConditionReview(true);
            form.setConditions(List.of(new ConditionLine(null, "Two trial lessons attended", 2, meetup)));
            return policies.update(tenant.communityId(), current.version(), form);
        });
        UUID lessons = policy.conditions().getFirst().id();
        ActivitySummary one = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), form("Lesson 1", nextYear(3, 2, 19))));
        ActivitySummary two = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), form("Lesson 2", nextYear(3, 9, 19))));

        assertThat(as(tenant.operator(), () -> attendance.mark(one.id(), Set.of(people.get(0), people.get(1)))))
                .isEqualTo(2);
        assertThatThrownBy(() -> as(tenant.operator(), () -> attendance.mark(one.id(), Set.of(people.get(2)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("activity.error.overCapacity"));
        assertThat(ticked(people.get(0))).doesNotContain(lessons);
        as(tenant.operator(), () -> attendance.mark(two.id(), Set.of(people.get(0))));
        assertThat(ticked(people.get(0))).contains(lessons);
        as(tenant.operator(), () -> attendance.unmark(two.id(), Set.of(people.get(0))));
        assertThat(ticked(people.get(0))).doesNotContain(lessons);

        ActivityForm smaller = as(tenant.operator(), () -> activities.formFor(one.id()));
        smaller.setCapacity(1);
        ActivitySummary current = as(tenant.operator(), () -> activities.find(one.id()).orElseThrow());
        assertThat(current.attended()).isEqualTo(2);
        assertThatThrownBy(() -> as(tenant.operator(),
                () -> activities.update(one.id(), current.version(), smaller, EditScope.THIS)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        Long engagements = members.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from activity_attendance where community_id = ?", Long.class, tenant.communityId()));
        assertThat(engagements).isEqualTo(2);
    }

    private List<ActivitySummary> list() {
        return as(tenant.operator(), () -> activities.list(tenant.communityId(), ActivityFilter.all()));
    }

    private Set<UUID> ticked(UUID membershipId) {
        return as(tenant.operator(), () -> memberships.find(membershipId).orElseThrow().checkedConditionIds());
    }

    @Test
    void theCalendarShowsOccurrencesAndMovesOnlyPlannedOnes() {
        ActivitySummary first = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), weekly("Weekly", nextYear(3, 2, 19), 3)));
        CalendarQuery query = new CalendarQuery(Set.of(tenant.communityId(), tenant.unassignedCommunityId()),
                first.start().minusSeconds(60), first.start().plus(java.time.Duration.ofDays(30)), Set.of(), Set.of());
        List<CalendarEntry> entries = as(tenant.operator(), () -> calendar.entries(query));
        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.category()).isEqualTo("activity.regular");
            assertThat(e.movable()).isTrue();
        });
        assertThat(as(tenant.clientUser(), () -> calendar.entries(query))).hasSize(3)
                .allSatisfy(e -> assertThat(e.movable()).isFalse());
        Instant later = first.start().plusSeconds(3600);
        CalendarEntry moved = as(tenant.operator(), () -> calendar.move(first.id().toString(), first.version(), later));
        assertThat(moved.start()).isEqualTo(later);
        assertThat(as(tenant.operator(), () -> activities.find(first.id()).orElseThrow().detached())).isTrue();
        ActivitySummary done = as(tenant.operator(), () -> activities.markDone(first.id(), moved.version(), "Went well"));
        assertThatThrownBy(() -> as(tenant.operator(), () -> calendar.move(first.id().toString(), done.version(),
                later.plusSeconds(3600)))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("activity.error.notPlanned"));
        assertThat(as(tenant.operator(), () -> calendar.createActions(tenant.communityId(), LocalDate.of(2027, 1, 5))))
                .singleElement().satisfies(a -> assertThat(a.href()).isEqualTo(
                        "communities/" + tenant.communityId() + "/activities?new=2027-01-05"));
        assertThat(as(tenant.clientUser(), () -> calendar.createActions(tenant.communityId(), LocalDate.now())))
                .isEmpty();
    }

    @Test
    void otherTenantsClientsAndUnassignedOperatorsAreRefused() {
        ActivitySummary created = as(tenant.operator(),
                () -> activities.create(tenant.communityId(), form("Private", nextYear(3, 2, 19))));
        Fixture other = tenants.create();
        assertThat(as(other.admin(), () -> activities.find(created.id()))).isEmpty();
        assertThatThrownBy(() -> as(other.admin(), () -> activities.cancel(created.id(), created.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.admin(), () -> activities.list(tenant.communityId(), ActivityFilter.all())))
                .isInstanceOf(NotFoundException.class);
        assertThat(members.inTenant(other.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from activity where id = ?", Long.class, created.id()))).isZero();
        assertThat(members.inTenant(other.tenantId(), () -> jdbc.update(
                "update activity set title = 'hijacked' where id = ?", created.id()))).isZero();
        assertThat(members.inTenant(other.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from activity_type", Long.class))).isZero();

        assertThatThrownBy(() -> as(tenant.otherOperator(), () -> activities.find(created.id()).orElseThrow()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.otherOperator(),
                () -> activities.create(tenant.communityId(), form("Sneaky", nextYear(3, 2, 19)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.operator(),
                () -> activities.create(tenant.unassignedCommunityId(), form("Not mine", nextYear(3, 2, 19)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> activities.cancel(created.id(), created.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> attendance.candidates(created.id(), null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        ActivitySummary otherClients = as(tenant.admin(),
                () -> activities.create(tenant.otherClientCommunityId(), form("Other client", nextYear(3, 2, 19))));
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> activities.find(otherClients.id()).orElseThrow()))
                .isInstanceOf(NotFoundException.class);
    }
}

package app.communityops.activity;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's activities: single ones and recurring series, whose occurrences are materialised as rows for at
 * most {@value #HORIZON_MONTHS} months or {@value #MAX_OCCURRENCES} occurrences, so attendance, status and edits
 * attach to one occurrence. Staff plan in the communities they may work on; clients read their own client's.
 */
@Service
public class ActivityService {

    static final int HORIZON_MONTHS = 12;
    static final int MAX_OCCURRENCES = 400;

    private final ActivityRepository activities;
    private final ActivitySeriesRepository series;
    private final ActivityTypeRepository types;
    private final ActivityAccess access;
    private final ActivityValidation validation;
    private final ActivityReads reads;
    private final Clock clock;
    private final TenantZone zones;

    ActivityService(ActivityRepository activities, ActivitySeriesRepository series, ActivityTypeRepository types,
                    ActivityAccess access, ActivityValidation validation, ActivityReads reads, Clock clock, TenantZone zones) {
        this.activities = activities;
        this.series = series;
        this.types = types;
        this.access = access;
        this.validation = validation;
        this.reads = reads;
        this.clock = clock;
        this.zones = zones;
    }


    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<ActivitySummary> list(UUID communityId, ActivityFilter filter) {
        access.readable(communityId);
        Instant now = clock.instant();
        List<Activity> found = activities.findByCommunity(communityId).stream()
                .filter(a -> switch (filter.when()) {
                    case UPCOMING -> a.end().isAfter(now);
                    case PAST -> !a.end().isAfter(now);
                    case ALL -> true;
                })
                .filter(a -> filter.statuses().isEmpty() || filter.statuses().contains(a.status()))
                .filter(a -> filter.typeIds().isEmpty() || filter.typeIds().contains(a.typeId()))
                .toList();
        List<ActivitySummary> summaries = reads.summaries(found);
        return filter.when() == ActivityFilter.When.PAST
                ? summaries.stream().sorted(Comparator.comparing(ActivitySummary::start).reversed()).toList()
                : summaries;
    }

    /** Activities overlapping {@code [from, to)} in the given communities the user may read (others are skipped). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ActivitySummary> between(Set<UUID> communityIds, Instant from, Instant to) {
        Set<UUID> readable = new HashSet<>();
        for (UUID id : communityIds) {
            try {
                readable.add(access.readable(id).id());
            } catch (NotFoundException notVisible) {
                // A community the user may not see contributes nothing, as the calendar SPI asks.
            }
        }
        return readable.isEmpty() ? List.of()
                : reads.summaries(activities.findOverlapping(readable, from, to));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<ActivitySummary> find(UUID activityId) {
        return activities.findById(activityId).filter(a -> {
            access.readable(a.communityId());
            return true;
        }).map(a -> reads.summaries(List.of(a)).getFirst());
    }

    /** The form for editing an occurrence, its series' rule filled in, times in the tenant's zone. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public ActivityForm formFor(UUID activityId) {
        Activity activity = writable(activityId);
        ActivitySummary summary = reads.summaries(List.of(activity)).getFirst();
        ZoneId zone = zones.current();
        ActivityForm form = new ActivityForm();
        form.setTypeId(summary.typeId());
        form.setTitle(summary.title());
        form.setDescription(summary.description());
        form.setHostKind(summary.hostKind());
        form.setHostUserId(summary.hostUserId());
        form.setHostMemberId(summary.hostMemberId());
        form.setHostText(summary.hostText());
        form.setOnlineLink(summary.onlineLink());
        form.setPlace(summary.place());
        form.setStart(LocalDateTime.ofInstant(summary.start(), zone));
        form.setEnd(LocalDateTime.ofInstant(summary.end(), zone));
        form.setCapacity(summary.capacity());
        form.setFunnelStage(summary.funnelStage());
        UUID seriesId = activity.seriesId();
        if (seriesId != null) {
            Recurrence rule = series.findById(seriesId).orElseThrow().rule();
            form.setRepeat(true);
            form.setFrequency(rule.frequency());
            form.setInterval(rule.interval());
            form.getWeekdays().addAll(rule.weekdays());
            form.setMonthlyBy(Objects.requireNonNullElse(rule.monthlyBy(), MonthlyBy.DAY_OF_MONTH));
            form.setUntil(rule.until());
            form.setCount(rule.count());
        }
        return form;
    }

    /** Creates a single activity, or a series and its occurrences; answers the (first) one. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary create(UUID communityId, ActivityForm form) {
        access.writable(communityId);
        ZoneId zone = zones.current();
        validation.check(communityId, form, null, 0);
        Instant start = start(form, zone);
        Instant end = end(form, zone);
        Recurrence rule = form.recurrence();
        if (rule == null) {
            return reads.summaries(List.of(activities.saveAndFlush(new Activity(communityId, form, start, end))))
                    .getFirst();
        }
        ActivitySeries created = series.saveAndFlush(new ActivitySeries(communityId, rule,
                Objects.requireNonNull(form.getStart()), Duration.between(start, end), zone));
        List<Activity> rows = materialise(created, form, Set.of());
        activities.saveAllAndFlush(rows);
        return reads.summaries(List.of(rows.getFirst())).getFirst();
    }

    /**
     * Saves the form over one occurrence ({@link EditScope#THIS}: it becomes an exception of its series) or over
     * it and all that follow ({@link EditScope#FOLLOWING}: the series is split, the old one ending the day before,
     * and a new one starting with this occurrence). Following occurrences already done or with attendance are kept
     * as they are, as exceptions of the new series. A single activity saved with a rule becomes a series.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary update(UUID activityId, long expectedVersion, ActivityForm form, EditScope scope) {
        Activity activity = writable(activityId);
        requireVersion(activity, expectedVersion);
        ZoneId zone = zones.current();
        boolean inSeries = activity.seriesId() != null;
        boolean restructure = inSeries ? scope == EditScope.FOLLOWING : form.isRepeat();
        ActivityForm effective = form;
        if (!restructure && form.isRepeat()) {
            effective = form.copy();
            effective.setRepeat(false);
        }
        validation.check(activity.communityId(), effective, activity.typeId(), reads.attended(activity.getId()));
        Instant start = start(form, zone);
        Instant end = end(form, zone);
        activity.apply(form);
        activity.reschedule(start, end);
        if (inSeries && !restructure) {
            activity.detach();
        } else if (restructure) {
            split(activity, effective, zone, Duration.between(start, end));
        }
        activities.saveAndFlush(activity);
        return reads.summaries(List.of(activity)).getFirst();
    }

    /** Moves one occurrence to {@code newStart}, keeping its length; it becomes an exception of its series. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary reschedule(UUID activityId, long expectedVersion, Instant newStart) {
        Activity activity = writable(activityId);
        requireVersion(activity, expectedVersion);
        if (activity.status() != ActivityStatus.PLANNED) {
            throw new UserFacingException("activity.error.notPlanned", null);
        }
        activity.reschedule(newStart, newStart.plus(Duration.between(activity.start(), activity.end())));
        if (activity.seriesId() != null) {
            activity.detach();
        }
        activities.saveAndFlush(activity);
        return reads.summaries(List.of(activity)).getFirst();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary cancel(UUID activityId, long expectedVersion) {
        Activity activity = writable(activityId);
        requireVersion(activity, expectedVersion);
        if (activity.status() == ActivityStatus.DONE) {
            throw new UserFacingException("activity.error.alreadyDone", null);
        }
        if (reads.attended(activityId) > 0) {
            throw new UserFacingException("activity.error.cancelWithAttendance", null);
        }
        activity.cancel();
        activities.saveAndFlush(activity);
        return reads.summaries(List.of(activity)).getFirst();
    }

    /** Marks the occurrence done with its outcome notes (or updates the notes of one already done). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary markDone(UUID activityId, long expectedVersion, @Nullable String outcomeNotes) {
        Activity activity = writable(activityId);
        requireVersion(activity, expectedVersion);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new UserFacingException("activity.error.cancelled", null);
        }
        if (outcomeNotes != null && outcomeNotes.length() > 4000) {
            throw new UserFacingException("activity.error.notesTooLong", "outcomeNotes");
        }
        activity.markDone(outcomeNotes);
        activities.saveAndFlush(activity);
        return reads.summaries(List.of(activity)).getFirst();
    }

    /** A cancelled occurrence planned again. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ActivitySummary restore(UUID activityId, long expectedVersion) {
        Activity activity = writable(activityId);
        requireVersion(activity, expectedVersion);
        activity.reopen();
        activities.saveAndFlush(activity);
        return reads.summaries(List.of(activity)).getFirst();
    }

    private void split(Activity activity, ActivityForm form, ZoneId zone, Duration length) {
        UUID oldSeriesId = activity.seriesId();
        Instant cut = activity.originalStart();
        List<Activity> following = new ArrayList<>();
        boolean earlierRemain = false;
        if (oldSeriesId != null && cut != null) {
            following.addAll(activities.findInSeriesFrom(oldSeriesId, cut));
            following.remove(activity);
            earlierRemain = activities.countInSeries(oldSeriesId) > following.size() + 1;
        }
        List<Activity> kept = following.stream()
                .filter(a -> a.status() == ActivityStatus.DONE || reads.attended(a.getId()) > 0).toList();
        following.stream().filter(a -> !kept.contains(a)).forEach(activities::delete);
        activities.flush();
        Recurrence rule = form.recurrence();
        if (rule == null) {
            activity.leaveSeries();
            kept.forEach(Activity::leaveSeries);
        } else {
            ActivitySeries created = series.saveAndFlush(new ActivitySeries(activity.communityId(), rule,
                    Objects.requireNonNull(form.getStart()), length, zone));
            Set<LocalDate> taken = new HashSet<>();
            kept.forEach(a -> {
                a.moveToSeries(created.getId());
                taken.add(LocalDate.ofInstant(Objects.requireNonNull(a.originalStart()), zone));
            });
            List<Activity> rows = materialise(created, form, taken);
            Activity first = rows.removeFirst();
            activity.moveToSeries(created.getId());
            activity.rejoinAt(first.start());
            activities.saveAll(rows);
        }
        if (oldSeriesId != null && cut != null) {
            ActivitySeries old = series.findById(oldSeriesId).orElseThrow();
            if (earlierRemain) {
                old.endBefore(LocalDate.ofInstant(cut, old.zone()));
            } else {
                activities.flush();
                series.delete(old);
            }
        }
        activities.flush();
    }

    /** Occurrence rows of a series; refuses a rule that yields none or runs past the horizon. */
    private List<Activity> materialise(ActivitySeries created, ActivityForm form, Set<LocalDate> skip) {
        Recurrence rule = created.rule();
        LocalDateTime first = created.firstStart();
        LocalDate horizon = first.toLocalDate().plusMonths(HORIZON_MONTHS);
        List<ZonedDateTime> starts = RecurrenceExpansion.expand(rule, first, created.zone(), horizon,
                MAX_OCCURRENCES + 1);
        validation.checkExpansion(rule, first, starts, horizon);
        Duration length = Duration.between(start(form, created.zone()), end(form, created.zone()));
        List<Activity> rows = new ArrayList<>();
        for (ZonedDateTime start : starts) {
            if (rows.isEmpty() || !skip.contains(start.toLocalDate())) {
                rows.add(Activity.occurrence(created.communityId(), created.getId(), form, start.toInstant(), length));
            }
        }
        return rows;
    }

    private Activity writable(UUID activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(NotFoundException::new);
        access.writable(activity.communityId());
        return activity;
    }

    private static Instant start(ActivityForm form, ZoneId zone) {
        return Objects.requireNonNull(form.getStart()).atZone(zone).toInstant();
    }

    private static Instant end(ActivityForm form, ZoneId zone) {
        return Objects.requireNonNull(form.getEnd()).atZone(zone).toInstant();
    }

    private static void requireVersion(Activity activity, long expected) {
        if (activity.getVersion() == null || activity.getVersion() != expected) {
            throw new ConcurrentEditException();
        }
    }
}

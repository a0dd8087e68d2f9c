package app.communityops.activity;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The rule of a recurring activity and the local wall-clock time it was planned at, in its zone. */
@Entity
@Table(name = "activity_series")
@Audited
class ActivitySeries extends TenantOwnedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency = Frequency.WEEKLY;

    @Column(name = "interval_n", nullable = false)
    private int interval = 1;

    private @Nullable String weekdays;

    @Enumerated(EnumType.STRING)
    @Column(name = "monthly_by")
    private @Nullable MonthlyBy monthlyBy;

    @Column(name = "until_date")
    private @Nullable LocalDate until;

    @Column(name = "max_count")
    private @Nullable Integer count;

    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart = LocalDateTime.MIN;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private String zone = "UTC";

    protected ActivitySeries() {
    }

    ActivitySeries(UUID communityId, Recurrence rule, LocalDateTime firstStart, Duration duration, ZoneId zone) {
        this.communityId = communityId;
        this.frequency = rule.frequency();
        this.interval = rule.interval();
        this.weekdays = rule.weekdays().isEmpty() ? null
                : rule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.monthlyBy = rule.monthlyBy();
        this.until = rule.until();
        this.count = rule.count();
        this.firstStart = firstStart;
        this.durationMinutes = (int) duration.toMinutes();
        this.zone = zone.getId();
    }

    Recurrence rule() {
        Set<DayOfWeek> days = weekdays == null ? Set.of() : Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Recurrence(frequency, interval, days, monthlyBy, until, count);
    }

    /** Ends the series before {@code date}: what the "this and all following" split leaves of the old one. */
    void endBefore(LocalDate date) {
        this.until = date.minusDays(1);
        this.count = null;
    }

    UUID communityId() {
        return communityId;
    }

    LocalDateTime firstStart() {
        return firstStart;
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }
}

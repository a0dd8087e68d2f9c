package app.communityops.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the activity form edits. Start and end are wall-clock times in the tenant's zone. With {@code repeat} the
 * recurrence fields describe a series whose first occurrence is the start.
 */
public class ActivityForm {

    @NotNull(message = "{validation.required}")
    private @Nullable UUID typeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 160, message = "{validation.size}")
    private String title = "";

    @Size(max = 4000, message = "{validation.size}")
    private @Nullable String description;

    @NotNull(message = "{validation.required}")
    private HostKind hostKind = HostKind.STAFF;
    private @Nullable UUID hostUserId;
    private @Nullable UUID hostMemberId;
    @Size(max = 120, message = "{validation.size}")
    private @Nullable String hostText;

    @Size(max = 500, message = "{validation.size}")
    private @Nullable String onlineLink;
    @Size(max = 200, message = "{validation.size}")
    private @Nullable String place;

    @NotNull(message = "{validation.required}")
    private @Nullable LocalDateTime start;
    @NotNull(message = "{validation.required}")
    private @Nullable LocalDateTime end;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100000, message = "{validation.max}")
    private @Nullable Integer capacity;

    @NotNull(message = "{validation.required}")
    private FunnelStage funnelStage = FunnelStage.ACTIVATE;

    private boolean repeat;
    private Frequency frequency = Frequency.WEEKLY;
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 99, message = "{validation.max}")
    private Integer interval = 1;
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    private MonthlyBy monthlyBy = MonthlyBy.DAY_OF_MONTH;
    private @Nullable LocalDate until;
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 400, message = "{validation.max}")
    private @Nullable Integer count;

    /**
     * A one-off activation activity hosted by a staff member, as seeded data writes it (the demo data and the load
     * data): the form's defaults otherwise.
     */
    public static ActivityForm staffHosted(UUID typeId, String title, String description, UUID host,
                                           LocalDateTime start, int minutes, @Nullable Integer capacity) {
        ActivityForm form = new ActivityForm();
        form.setTypeId(typeId);
        form.setTitle(title);
        form.setDescription(description);
        form.setHostKind(HostKind.STAFF);
        form.setHostUserId(host);
        form.setStart(start);
        form.setEnd(start.plusMinutes(minutes));
        form.setCapacity(capacity);
        form.setFunnelStage(FunnelStage.ACTIVATE);
        return form;
    }

    /** The rule the recurrence fields describe; null unless {@code repeat}. */
    public @Nullable Recurrence recurrence() {
        return repeat ? new Recurrence(frequency, interval == null ? 1 : interval, weekdays, monthlyBy, until, count)
                : null;
    }

    public ActivityForm copy() {
        ActivityForm copy = new ActivityForm();
        copy.typeId = typeId;
        copy.title = title;
        copy.description = description;
        copy.hostKind = hostKind;
        copy.hostUserId = hostUserId;
        copy.hostMemberId = hostMemberId;
        copy.hostText = hostText;
        copy.onlineLink = onlineLink;
        copy.place = place;
        copy.start = start;
        copy.end = end;
        copy.capacity = capacity;
        copy.funnelStage = funnelStage;
        copy.repeat = repeat;
        copy.frequency = frequency;
        copy.interval = interval;
        copy.weekdays = EnumSet.noneOf(DayOfWeek.class);
        copy.weekdays.addAll(weekdays);
        copy.monthlyBy = monthlyBy;
        copy.until = until;
        copy.count = count;
        return copy;
    }

    public @Nullable UUID getTypeId() { return typeId; }
    public void setTypeId(@Nullable UUID typeId) { this.typeId = typeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public HostKind getHostKind() { return hostKind; }
    public void setHostKind(HostKind hostKind) { this.hostKind = hostKind; }
    public @Nullable UUID getHostUserId() { return hostUserId; }
    public void setHostUserId(@Nullable UUID hostUserId) { this.hostUserId = hostUserId; }
    public @Nullable UUID getHostMemberId() { return hostMemberId; }
    public void setHostMemberId(@Nullable UUID hostMemberId) { this.hostMemberId = hostMemberId; }
    public @Nullable String getHostText() { return hostText; }
    public void setHostText(@Nullable String hostText) { this.hostText = hostText; }
    public @Nullable String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(@Nullable String onlineLink) { this.onlineLink = onlineLink; }
    public @Nullable String getPlace() { return place; }
    public void setPlace(@Nullable String place) { this.place = place; }
    public @Nullable LocalDateTime getStart() { return start; }
    public void setStart(@Nullable LocalDateTime start) { this.start = start; }
    public @Nullable LocalDateTime getEnd() { return end; }
    public void setEnd(@Nullable LocalDateTime end) { this.end = end; }
    public @Nullable Integer getCapacity() { return capacity; }
    public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
    public FunnelStage getFunnelStage() { return funnelStage; }
    public void setFunnelStage(FunnelStage funnelStage) { this.funnelStage = funnelStage; }
    public boolean isRepeat() { return repeat; }
    public void setRepeat(boolean repeat) { this.repeat = repeat; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Integer getInterval() { return interval; }
    public void setInterval(Integer interval) { this.interval = interval; }
    public Set<DayOfWeek> getWeekdays() { return weekdays; }
    public void setWeekdays(Set<DayOfWeek> weekdays) { this.weekdays = weekdays; }
    public MonthlyBy getMonthlyBy() { return monthlyBy; }
    public void setMonthlyBy(MonthlyBy monthlyBy) { this.monthlyBy = monthlyBy; }
    public @Nullable LocalDate getUntil() { return until; }
    public void setUntil(@Nullable LocalDate until) { this.until = until; }
    public @Nullable Integer getCount() { return count; }
    public void setCount(@Nullable Integer count) { this.count = count; }
}

package app.communityops.activity;

import app.communityops.members.MemberService;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The service-side checks of an activity form, each refusal naming the field it concerns. */
@Component
class ActivityValidation {

    private final ActivityTypeRepository types;
    private final AccountService accounts;
    private final MemberService members;

    ActivityValidation(ActivityTypeRepository types, AccountService accounts, MemberService members) {
        this.types = types;
        this.accounts = accounts;
        this.members = members;
    }

    /** {@code currentTypeId}: an archived type may stay on an activity that already has it. */
    void check(UUID communityId, ActivityForm form, @Nullable UUID currentTypeId, int attended) {
        LocalDateTime start = form.getStart();
        LocalDateTime end = form.getEnd();
        if (start == null) {
            throw new UserFacingException("validation.required", "start");
        }
        if (end == null || !end.isAfter(start)) {
            throw new UserFacingException("activity.error.endBeforeStart", "end");
        }
        UUID typeId = form.getTypeId();
        ActivityType type = typeId == null ? null : types.findById(typeId).orElse(null);
        if (type == null || type.isArchived() && !Objects.equals(typeId, currentTypeId)) {
            throw new UserFacingException("activity.error.type", "typeId");
        }
        if (form.getOnlineLink() != null && !form.getOnlineLink().isBlank() && !safeLink(form.getOnlineLink())) {
            throw new UserFacingException("activity.error.link", "onlineLink");
        }
        checkHost(form);
        Integer capacity = form.getCapacity();
        if (capacity != null && capacity < attended) {
            throw new UserFacingException("activity.error.capacityBelowAttendance", "capacity", attended);
        }
        Recurrence rule = form.recurrence();
        if (rule != null) {
            checkRule(rule, start);
        }
    }

    void checkExpansion(Recurrence rule, LocalDateTime first, List<ZonedDateTime> starts, LocalDate horizon) {
        if (starts.isEmpty() || !starts.getFirst().toLocalDate().equals(first.toLocalDate())) {
            throw new UserFacingException("activity.error.startNotInRule", "frequency");
        }
        boolean countReached = rule.count() != null && starts.size() >= rule.count();
        boolean countCut = rule.count() != null && !countReached && rule.until() == null;
        boolean untilCut = rule.until() != null && rule.until().isAfter(horizon) && !countReached;
        if (starts.size() > ActivityService.MAX_OCCURRENCES || countCut || untilCut) {
            throw new UserFacingException("activity.error.seriesTooLong", rule.count() != null ? "count" : "until",
                    ActivityService.HORIZON_MONTHS, ActivityService.MAX_OCCURRENCES);
        }
    }

    private void checkRule(Recurrence rule, LocalDateTime start) {
        if (rule.until() == null && rule.count() == null) {
            throw new UserFacingException("activity.error.seriesEnd", "until");
        }
        if (rule.until() != null && rule.until().isBefore(start.toLocalDate())) {
            throw new UserFacingException("activity.error.untilBeforeStart", "until");
        }
        Set<java.time.DayOfWeek> days = rule.weekdays();
        if (rule.frequency() == Frequency.WEEKLY && !days.isEmpty() && !days.contains(start.getDayOfWeek())) {
            throw new UserFacingException("activity.error.startNotInRule", "weekdays");
        }
        if (rule.frequency() == Frequency.MONTHLY && rule.monthlyBy() == MonthlyBy.LAST_WEEKDAY
                && !RecurrenceExpansion.isLastWeekdayOfMonth(start.toLocalDate())) {
            throw new UserFacingException("activity.error.startNotInRule", "monthlyBy");
        }
    }

    private void checkHost(ActivityForm form) {
        switch (form.getHostKind()) {
            case STAFF -> {
                UUID user = form.getHostUserId();
                List<AccountSummary> found = user == null ? List.of() : accounts.find(Set.of(user));
                if (found.isEmpty() || !found.getFirst().role().isStaff()) {
                    throw new UserFacingException("activity.error.host", "hostUserId");
                }
            }
            case MEMBER -> {
                UUID member = form.getHostMemberId();
                if (member == null || members.find(member).isEmpty()) {
                    throw new UserFacingException("activity.error.host", "hostMemberId");
                }
            }
            case TEXT -> {
                if (form.getHostText() == null || form.getHostText().isBlank()) {
                    throw new UserFacingException("activity.error.host", "hostText");
                }
            }
        }
    }

    /** Only web addresses: a javascript:, data: or file: link in a shared calendar would be an attack. */
    static boolean safeLink(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

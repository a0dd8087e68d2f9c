package app.communityops.today;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.Access;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.today.TaskQueries.LevelRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's service level for tenant admins (and the monthly report's job): of the tasks due in a period, how
 * many were done by their due time. A task counts for whoever did it, else its assignee, else the community's
 * operators together; derived items (the review queue and the like) are not stored and do not count (decision 0043).
 */
@Service
public class ServiceLevelService {

    /** A custom period is at most this long, so the figures stay a glance. */
    public static final int MAX_DAYS = 366;

    private final TaskQueries tasks;
    private final CommunityService communities;
    private final AccountService accounts;
    private final TenantZone zones;
    private final Clock clock;

    ServiceLevelService(TaskQueries tasks, CommunityService communities, AccountService accounts, TenantZone zones,
                        Clock clock) {
        this.tasks = tasks;
        this.communities = communities;
        this.accounts = accounts;
        this.zones = zones;
        this.clock = clock;
    }

    /** Every community of the tenant over {@code [from, to]}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public ServiceLevel of(LocalDate from, LocalDate to) {
        return compute(communities.visible(), from, to);
    }

    /**
     * One community over {@code [from, to]}, for its operations report: whoever may read the community's report
     * reads it there (the report shows it only when a tenant admin chose so).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public ServiceLevel ofCommunity(UUID communityId, LocalDate from, LocalDate to) {
        return compute(List.of(communities.readable(communityId)), from, to);
    }

    private ServiceLevel compute(List<CommunitySummary> scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserFacingException("today.serviceLevel.error.order", "to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new UserFacingException("today.serviceLevel.error.tooLong", "to", MAX_DAYS);
        }
        ZoneId zone = zones.current();
        Map<UUID, String> communityNames = scope.stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a,
                        LinkedHashMap::new));
        List<LevelRow> rows = tasks.serviceLevel(communityNames.keySet(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), clock.instant());
        Set<UUID> people = new HashSet<>();
        rows.forEach(row -> {
            if (row.personId() != null) {
                people.add(row.personId());
            }
        });
        Map<UUID, String> peopleNames = people.isEmpty() ? Map.of() : accounts.find(people).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<UUID, ServiceLevelRow> byCommunity = new LinkedHashMap<>();
        Map<@Nullable UUID, ServiceLevelRow> byPerson = new LinkedHashMap<>();
        ServiceLevelRow total = new ServiceLevelRow(null, "", 0, 0, 0, 0, 0);
        for (LevelRow row : rows) {
            byCommunity.merge(row.communityId(), add(empty(row.communityId(), communityNames::get), row),
                    (a, b) -> add(a, row));
            UUID person = row.personId();
            byPerson.merge(person, add(empty(person, id -> id == null ? "" : peopleNames.getOrDefault(id, "")),
                    row), (a, b) -> add(a, row));
            total = add(total, row);
        }
        Comparator<ServiceLevelRow> byName = Comparator.comparing(ServiceLevelRow::name, String.CASE_INSENSITIVE_ORDER);
        return new ServiceLevel(from, to,
                byPerson.values().stream().sorted(Comparator.comparing((ServiceLevelRow r) -> r.id() == null)
                        .thenComparing(byName)).toList(),
                byCommunity.values().stream().sorted(byName).toList(), total);
    }

    private static ServiceLevelRow empty(@Nullable UUID id, Function<@Nullable UUID, @Nullable String> name) {
        String resolved = name.apply(id);
        return new ServiceLevelRow(id, resolved == null ? "" : resolved, 0, 0, 0, 0, 0);
    }

    private static ServiceLevelRow add(ServiceLevelRow sum, LevelRow row) {
        return sum.plus(row.due(), row.onTime(), row.late(), row.overdue(), row.openNotDue());
    }
}

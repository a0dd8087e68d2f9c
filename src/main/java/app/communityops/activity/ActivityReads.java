package app.communityops.activity;

import app.communityops.members.MemberService;
import app.communityops.security.AccountService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns activity rows into summaries: host names resolved in bulk, attendance counted in one statement. Client
 * users do not learn which member hosts (member names are contact data they do not read).
 */
@Component
class ActivityReads {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final MemberService members;

    ActivityReads(JdbcTemplate jdbc, AccountService accounts, MemberService members) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.members = members;
    }

    List<ActivitySummary> summaries(List<Activity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> attended = attended(rows.stream().map(Activity::getId).collect(Collectors.toSet()));
        Map<UUID, String> hosts = hostNames(rows);
        return rows.stream().map(a -> {
            ActivitySummary bare = a.toSummary(null, 0);
            String host = switch (bare.hostKind()) {
                case STAFF -> bare.hostUserId() == null ? null : hosts.get(bare.hostUserId());
                case MEMBER -> bare.hostMemberId() == null ? null : hosts.get(bare.hostMemberId());
                case TEXT -> bare.hostText();
            };
            return a.toSummary(host, attended.getOrDefault(a.getId(), 0));
        }).toList();
    }

    int attended(UUID activityId) {
        return attended(Set.of(activityId)).getOrDefault(activityId, 0);
    }

    private Map<UUID, Integer> attended(Set<UUID> activityIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.query("""
                select activity_id, count(*) from activity_attendance where activity_id = any(?)
                group by activity_id""", rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        }, (Object) activityIds.toArray(UUID[]::new));
        return counts;
    }

    private Map<UUID, String> hostNames(List<Activity> rows) {
        Map<UUID, String> names = new HashMap<>();
        List<ActivitySummary> bare = rows.stream().map(a -> a.toSummary(null, 0)).toList();
        Set<UUID> staff = bare.stream().map(ActivitySummary::hostUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!staff.isEmpty()) {
            accounts.find(staff).forEach(account -> names.put(account.id(), account.displayName()));
        }
        if (!CurrentUser.require().hasRole(Roles.CLIENT)) {
            bare.stream().map(ActivitySummary::hostMemberId).filter(Objects::nonNull).distinct()
                    .forEach(id -> members.find(id).ifPresent(member -> names.put(id, member.name())));
        }
        return names;
    }

}

package app.communityops.tool;

import app.communityops.shared.Access;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces contract renewals the tenant's configured number of days ahead, to the tool's owner and the tenant
 * admins: once per tool and renewal date (a row in {@code tool_renewal_notice} claims it), so the daily job can
 * run any number of times. "Today" is the tenant's day, in its time zone.
 */
@Service
public class ToolRenewalReminders {

    static final String KIND = "tool.notification.renewal";

    private final JdbcTemplate jdbc;
    private final ToolSettingsService settings;
    private final NotificationService notifications;
    private final TenantDirectory tenants;
    private final Clock clock;

    ToolRenewalReminders(JdbcTemplate jdbc, ToolSettingsService settings, NotificationService notifications,
                         TenantDirectory tenants, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.notifications = notifications;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Answers how many tools were announced now. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int remindDue() {
        UUID tenant = TenantContext.current().orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(tenants.zone(tenant)));
        LocalDate horizon = today.plusDays(settings.reminderDays());
        List<Due> due = jdbc.query("""
                select id, name, renewal_date, owner_id from tool
                where status <> 'CANCELLED' and renewal_date between ? and ? order by renewal_date, name""",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getObject(4, UUID.class)), Date.valueOf(today), Date.valueOf(horizon));
        int announced = 0;
        for (Due tool : due) {
            int claimed = jdbc.update("""
                    insert into tool_renewal_notice (tool_id, renewal_date, created_at) values (?, ?, ?)
                    on conflict do nothing""", tool.id(), Date.valueOf(tool.renewal()), Timestamp.from(clock.instant()));
            if (claimed == 1) {
                long days = ChronoUnit.DAYS.between(today, tool.renewal());
                notifications.publishToTenantAdminsAnd(tool.owner() == null ? List.of() : List.of(tool.owner()),
                        Notice.of(NotificationTopic.RENEWALS, KIND, ToolNavigation.TOOLS_ROUTE, tool.name(), tool.renewal().toString(),
                                String.valueOf(days)));
                announced++;
            }
        }
        return announced;
    }

    private record Due(UUID id, String name, LocalDate renewal, @Nullable UUID owner) {
    }
}

package app.communityops.today;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo operators a real day and a real month: open tasks (one overdue, some due today, some later) and
 * tasks of the past weeks done on time or late, from the playbooks' rules and by hand, so Today and the service level
 * show figures (Li Ming's in Chinese, as he works). Written straight to the table because done times lie in the past,
 * which the services never allow. Runs once: a tenant with any task is left alone.
 */
@Component
public class TaskDemoData {

    private static final Logger log = LoggerFactory.getLogger(TaskDemoData.class);
    static final String OLIVIA = "olivia@demo-agency.test";
    static final String LI_MING = "li.ming@demo-agency.test";

    private final TaskQueries tasks;
    private final CommunityService communities;
    private final DemoAccounts accounts;
    private final TenantZone zones;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TaskDemoData(TaskQueries tasks, CommunityService communities, DemoAccounts accounts, TenantZone zones, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.communities = communities;
        this.accounts = accounts;
        this.zones = zones;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Answers how many tasks were written (none if the tenant had tasks already). */
    public int seedTenant(UUID tenant) {
        Integer written = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            if (tasks.any()) {
                return 0;
            }
            ZoneId zone = zones.of(tenant);
            int count = seed(OLIVIA, zone, List.of(
                    open("Reply to the 2-star review within 24 h", -26 * 60, "Negative review → response in 24 h"),
                    open("Day 3 check-in with this week's new members", 3 * 60, "New-member welcome"),
                    open("Send the paid-entry offer to trial attendees", 6 * 60,
                            "Trial lessons attended → paid-entry follow-up"),
                    open("Collect topics for Monday's weekly sharing", 26 * 60, "Weekly sharing → collect topic"),
                    done("Welcome message for the new cohort", 20, 0, "New-member welcome"),
                    done("Win back members silent for 14 days", 16, -90, "Silent member win-back"),
                    done("Repurchase follow-up for course buyers", 12, -30, "Course buyers → repurchase follow-up"),
                    done("Answer the complaint about the replay link", 9, 7 * 60, "Negative review → response in 24 h"),
                    done("Prepare the guest speaker brief", 5, -120, null),
                    done("Day 7 activation nudge", 3, 26 * 60, "New-member welcome")));
            count += seed(LI_MING, zone, List.of(
                    open("确认周六线下活动的场地", 2 * 60, null),
                    open("跟进已参加三次试听课的成员", -3 * 60, "试听课 → 付费入群跟进"),
                    done("给新一期成员发欢迎语", 18, -45, "新成员欢迎"),
                    done("收集本周分享的话题", 11, 3 * 60, "每周分享 → 周一收集话题"),
                    done("提醒年度会员续费", 4, -15, null)));
            log.info("Demo tasks written: {}", count);
            return count;
        }));
        return written == null ? 0 : written;
    }

    /**
     * A demo task: open ones are due {@code minutes} from now; done ones were due {@code daysAgo} days ago at ten
     * and done {@code minutes} after their due time (negative: before it, so on time).
     */
    private record Demo(String title, boolean done, int daysAgo, int minutes, @Nullable String rule) {
    }

    private static Demo open(String title, int minutesFromNow, @Nullable String rule) {
        return new Demo(title, false, 0, minutesFromNow, rule);
    }

    private static Demo done(String title, int daysAgo, int minutesAfterDue, @Nullable String rule) {
        return new Demo(title, true, daysAgo, minutesAfterDue, rule);
    }

    private int seed(String email, ZoneId zone, List<Demo> demos) {
        return accounts.as(email, () -> {
            AppPrincipal operator = accounts.principal(email);
            List<CommunitySummary> theirs = communities.visible();
            if (theirs.isEmpty()) {
                return 0;
            }
            Instant now = clock.instant();
            int index = 0;
            for (Demo demo : demos) {
                UUID community = theirs.get(index++ % theirs.size()).id();
                if (demo.done()) {
                    Instant due = LocalDate.ofInstant(now, zone).minusDays(demo.daysAgo()).atTime(LocalTime.of(10, 0))
                            .atZone(zone).toInstant();
                    UUID id = insert(community, demo, operator, due, due.minus(Duration.ofDays(2)));
                    tasks.markDone(id, 0, operator.userId(), due.plus(Duration.ofMinutes(demo.minutes())));
                } else {
                    insert(community, demo, operator, now.plus(Duration.ofMinutes(demo.minutes())),
                            now.minus(Duration.ofDays(1)));
                }
            }
            return demos.size();
        });
    }

    private UUID insert(UUID community, Demo demo, AppPrincipal operator, Instant due, Instant created) {
        return demo.rule() == null
                ? tasks.insertManual(community, null, demo.title(), operator.userId(), due, operator.userId(), created)
                : tasks.insertDemoFromRule(community, demo.title(), demo.rule(), due, created);
    }
}

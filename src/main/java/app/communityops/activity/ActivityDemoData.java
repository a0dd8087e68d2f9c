package app.communityops.activity;

import app.communityops.members.DemoMembers;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotNull;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's communities the source text's activity rhythm: a weekly sharing evening, a monthly meetup, daily
 * topics for the coming week, a meet-the-expert session and three free trial lessons, the past ones done and
 * attended. It goes in through the activity services as the tenant's admin, so series expand, attendance is counted
 * and the trial lessons tick the screening condition exactly as they would from the screens. Runs once per tenant.
 */
@Component
public class ActivityDemoData {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemoData.class);

    private final JdbcTemplate jdbc;
    private final ActivityService activities;
    private final ActivityTypeService types;
    private final AttendanceService attendance;
    private final DemoMembers members;
    /** The seed's own reads need a transaction: only inside one does the tenant setting reach the database. */
    private final TransactionTemplate reads;
    private final TenantZone zones;

    ActivityDemoData(JdbcTemplate jdbc, ActivityService activities, ActivityTypeService types,
                     AttendanceService attendance, DemoMembers members,
                     PlatformTransactionManager transactionManager, TenantZone zones) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.types = types;
        this.attendance = attendance;
        this.members = members;
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.zones = zones;
    }

    /** Seeds the tenant's activities once, as its first admin; a tenant with activities is left alone. */
    public void seedTenant(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> {
            List<AppPrincipal> admins = read(() -> jdbc.query("""
                            select id, email, display_name from user_account
                            where role = 'TENANT_ADMIN' and enabled order by email limit 1""",
                    (rs, row) -> new AppPrincipal(rs.getObject(1, UUID.class), tenantId, null, rs.getString(2),
                            rs.getString(3), Roles.TENANT_ADMIN, null)));
            Integer existing = read(() -> jdbc.queryForObject("select count(*) from activity", Integer.class));
            if (admins.isEmpty() || existing == null || existing > 0) {
                return;
            }
            asUser(admins.getFirst(), () -> seed(admins.getFirst().userId()));
        });
    }

    private void seed(UUID host) {
        Map<String, UUID> typeBySeed = types.types().stream().filter(type -> type.seedKey() != null)
                .collect(Collectors.toMap(ActivityTypeSummary::seedKey, ActivityTypeSummary::id));
        ZoneId zone = zones.current();
        LocalDate today = LocalDate.now(zone);
        int created = 0;
        for (UUID community : communities("%Career Growth Camp%", "%Product Managers Circle%")) {
            LocalDate lastWednesday = today.minusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            ActivityForm sharing = ActivityForm.staffHosted(
                    NotNull.entry(typeBySeed, "weeklySharing"), "每周分享会 / Weekly sharing evening",
                    "成员轮流分享一周的求职与学习心得 / Members take turns sharing their week's lessons",
                    host, lastWednesday.atTime(20, 0), 90, 80);
            sharing.setOnlineLink("https://meeting.example.com/weekly-sharing");
            sharing.setRepeat(true);
            sharing.setFrequency(Frequency.WEEKLY);
            sharing.setWeekdays(EnumSet.of(DayOfWeek.WEDNESDAY));
            sharing.setCount(12);
            activities.create(community, sharing);

            ActivityForm meetup = ActivityForm.staffHosted(NotNull.entry(typeBySeed, "monthlyMeetup"),
                    "月度线下聚会 / Monthly meetup",
                    "每月最后一个周六的线下交流 / An evening together on the last Saturday of the month",
                    host, today.minusMonths(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY))
                            .atTime(14, 0), 180, 40);
            meetup.setPlace("上海市静安区南京西路 1266 号 / 1266 West Nanjing Road, Shanghai");
            meetup.setRepeat(true);
            meetup.setFrequency(Frequency.MONTHLY);
            meetup.setMonthlyBy(MonthlyBy.LAST_WEEKDAY);
            meetup.setCount(6);
            activities.create(community, meetup);

            ActivityForm expert = ActivityForm.staffHosted(
                    NotNull.entry(typeBySeed, "meetTheExpert"), "大厂面试官面对面 / Meet a hiring manager",
                    "一位互联网大厂面试官答疑 / A hiring manager from a large internet company answers questions",
                    host, today.plusDays(9).atTime(19, 30), 60, 200);
            expert.setFunnelStage(FunnelStage.CONVERT);
            expert.setOnlineLink("https://live.example.com/expert-qa");
            activities.create(community, expert);
            created += 3;
        }
        for (UUID community : communities("%Career Growth Camp%")) {
            ActivityForm topics = ActivityForm.staffHosted(NotNull.entry(typeBySeed, "dailyTopic"),
                    "每日话题 / Daily topic",
                    "每天早上一个职场话题 / A workplace question every morning", host, today.atTime(9, 0), 30, null);
            topics.setRepeat(true);
            topics.setFrequency(Frequency.DAILY);
            topics.setCount(7);
            activities.create(community, topics);
            // The screening policy asks for three trial lessons: two are behind us and attended, one is ahead.
            for (int lesson = 1; lesson <= 3; lesson++) {
                ActivityForm trial = ActivityForm.staffHosted(
                        NotNull.entry(typeBySeed, "weeklySharing"),
                        "免费试听课 " + lesson + " / Free trial lesson " + lesson,
                        "新人试听：简历与面试基础 / For applicants: CV and interview basics", host,
                        today.plusDays(lesson * 7L - 14).atTime(LocalTime.of(20, 0)), 60, 60);
                trial.setFunnelStage(FunnelStage.ACQUIRE);
                trial.setOnlineLink("https://meeting.example.com/trial");
                activities.create(community, trial);
            }
            created += 4;
        }
        finishThePast(today, zone);
        log.info("Demo activities: {} activities and series created", created);
    }

    /** Past occurrences are done, with about two thirds of their capacity (or a dozen) of members attending. */
    private void finishThePast(LocalDate today, ZoneId zone) {
        for (UUID community : communities("%Career Growth Camp%", "%Product Managers Circle%")) {
            List<UUID> joined = read(() -> members.joinedMemberships(community, 60));
            List<UUID> applicants = read(() -> members.applicantMemberships(community, 4));
            ActivityFilter past = new ActivityFilter(ActivityFilter.When.PAST, Set.of(), Set.of());
            int turn = 0;
            for (ActivitySummary activity : activities.list(community, past)) {
                if (!activity.end().isBefore(today.atStartOfDay(zone).toInstant())) {
                    continue;
                }
                Set<UUID> who = new LinkedHashSet<>();
                if (activity.funnelStage() == FunnelStage.ACQUIRE) {
                    who.addAll(applicants);
                }
                int wanted = activity.capacity() == null ? 12 : activity.capacity() * 2 / 3;
                for (int i = 0; i < joined.size() && who.size() < wanted; i++) {
                    if ((i + turn) % 3 != 0) {
                        who.add(joined.get(i));
                    }
                }
                turn++;
                attendance.mark(activity.id(), who);
                ActivitySummary current = activities.find(activity.id()).orElseThrow();
                activities.markDone(current.id(), current.version(),
                        "顺利举行 / Went well: " + who.size() + " attended");
            }
        }
    }

    private List<UUID> communities(String... namePatterns) {
        return read(() -> Arrays.stream(namePatterns).flatMap(pattern -> jdbc.queryForList(
                "select id from community where name like ? and status = 'ACTIVE'", UUID.class, pattern).stream())
                .toList());
    }

    private <T> T read(Supplier<T> query) {
        return Objects.requireNonNull(reads.execute(status -> query.get()));
    }


    /** The services check rights like for anyone; the seed acts as the tenant's own admin, whom the audit names. */
    private static void asUser(AppPrincipal user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext seeding = SecurityContextHolder.createEmptyContext();
        seeding.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(seeding);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

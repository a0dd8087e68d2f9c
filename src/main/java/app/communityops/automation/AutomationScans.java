package app.communityops.automation;

import app.communityops.activity.UpcomingActivities;
import app.communityops.activity.UpcomingActivity;
import app.communityops.community.CommunityService;
import app.communityops.content.ContentDueService;
import app.communityops.content.DueContent;
import app.communityops.members.MemberAutomationService;
import app.communityops.tool.DueRenewal;
import app.communityops.tool.ToolRenewalsDue;
import java.time.LocalDate;
import app.communityops.members.MemberFacts;
import app.communityops.shared.Access;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triggers no single fact fires: a scan finds the states crossed (a member silent for N days, an activity
 * starting, content coming due, a tool's renewal) and the clock
 * the scheduled times, each written as a signal for the one rule it fires, under a key that names the firing (the
 * member and the start of their silence; the cron time), so a firing is kept once however often the scan runs and
 * the engine then treats it like any fact.
 */
@Service
public class AutomationScans {

    /** How far back a scheduled time may lie and still fire: covers a scan that came late or a node restart. */
    static final Duration SCHEDULE_LOOKBACK = Duration.ofMinutes(5);
    static final int SILENT_LIMIT = 2000;
    static final int MIN_RETENTION_DAYS = 35;

    private final RuleQueries rules;
    private final SignalQueries signals;
    private final MemberAutomationService members;
    private final UpcomingActivities activities;
    private final ContentDueService content;
    private final ToolRenewalsDue renewals;
    private final TenantDirectory tenants;
    private final CommunityService communities;
    private final Clock clock;
    private final int retentionDays;

    AutomationScans(RuleQueries rules, SignalQueries signals, MemberAutomationService members,
                    UpcomingActivities activities, ContentDueService content, ToolRenewalsDue renewals,
                    TenantDirectory tenants, CommunityService communities, Clock clock,
                    @Value("${communityops.automation.signal-retention-days:35}") int retentionDays) {
        this.rules = rules;
        this.signals = signals;
        this.members = members;
        this.activities = activities;
        this.content = content;
        this.renewals = renewals;
        this.tenants = tenants;
        this.communities = communities;
        this.clock = clock;
        this.retentionDays = Math.max(MIN_RETENTION_DAYS, retentionDays);
    }

    /** Every scan and scheduled trigger of the current tenant; answers how many new firings were written. */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int scan() {
        Instant now = clock.instant();
        int written = 0;
        for (StoredRule rule : rules.enabled(List.of(TriggerKind.MEMBER_SILENT, TriggerKind.SCHEDULE,
                TriggerKind.ACTIVITY_STARTS_IN, TriggerKind.CONTENT_DUE, TriggerKind.TOOL_RENEWAL_DUE))) {
            written += switch (rule.definition().trigger().kind()) {
                case MEMBER_SILENT -> silent(rule, now);
                case SCHEDULE -> scheduled(rule, now);
                case ACTIVITY_STARTS_IN -> activities(rule, now);
                case CONTENT_DUE -> content(rule, now);
                case TOOL_RENEWAL_DUE -> renewals(rule, now);
                default -> 0;
            };
        }
        return written;
    }

    /** Deletes processed signals past the retention (35 days at least: the dry run reads 30). */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int trimSignals() {
        return signals.deleteProcessedBefore(clock.instant().minus(Duration.ofDays(retentionDays)));
    }

    /** Once per silence spell: the key is the member and the time the silence began. */
    private int silent(StoredRule rule, Instant now) {
        Integer days = rule.definition().trigger().number();
        if (days == null || days <= 0) {
            return 0;
        }
        int written = 0;
        for (MemberFacts member : members.silentSince(now.minus(Duration.ofDays(days)), SILENT_LIMIT)) {
            Instant since = member.silentSince();
            if (since == null || !applies(rule, member.communityId())) {
                continue;
            }
            Signal signal = new Signal(Uuids.v7(), SignalKind.SCAN, member.communityId(), member.membershipId(),
                    member.memberId(), null, Map.of("silentDays", days, "silentSince", since.toString()), now,
                    rule.id(), null, 0);
            if (signals.insert(signal, now, "silent:" + member.membershipId() + ":" + since.toEpochMilli())) {
                written++;
            }
        }
        return written;
    }

    /** Once per activity and start time: moving an activity makes it due again at its new time. */
    private int activities(StoredRule rule, Instant now) {
        Integer hours = rule.definition().trigger().number();
        if (hours == null || hours <= 0) {
            return 0;
        }
        int written = 0;
        for (UpcomingActivity activity : activities.startingBetween(now, now.plus(Duration.ofHours(hours)),
                SILENT_LIMIT)) {
            if (applies(rule, activity.communityId())) {
                written += fire(rule, activity.communityId(), activity.id(), Map.of("activityId",
                        activity.id().toString(), "title", activity.title(), "startsAt",
                        activity.startsAt().toString()), now, "activity:" + activity.id() + ":" + activity.startsAt());
            }
        }
        return written;
    }

    /** Once per item, community and publish time. */
    private int content(StoredRule rule, Instant now) {
        Integer hours = rule.definition().trigger().number();
        if (hours == null || hours <= 0) {
            return 0;
        }
        int written = 0;
        for (DueContent item : content.dueBetween(now, now.plus(Duration.ofHours(hours)), SILENT_LIMIT)) {
            if (applies(rule, item.communityId())) {
                written += fire(rule, item.communityId(), item.id(), Map.of("contentId", item.id().toString(),
                        "title", item.title(), "status", item.status().name(), "publishAt",
                        item.publishAt().toString()), now,
                        "content:" + item.id() + ":" + item.communityId() + ":" + item.publishAt());
            }
        }
        return written;
    }

    /**
     * Once per tool and renewal date, counted in the tenant's days. A community's rule fires for the tools that
     * community uses; a tenant-wide rule for every tool.
     */
    private int renewals(StoredRule rule, Instant now) {
        Integer days = rule.definition().trigger().number();
        if (days == null || days < 0) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, tenants.zone(TenantContext.current().orElseThrow()));
        int written = 0;
        for (DueRenewal tool : renewals.renewalsBetween(today, today.plusDays(days))) {
            UUID community = rule.communityId();
            if (community == null || tool.communityIds().contains(community)) {
                written += fire(rule, community, tool.id(), Map.of("toolId", tool.id().toString(), "name",
                        tool.name(), "renewalDate", tool.renewalDate().toString()), now,
                        "tool:" + tool.id() + ":" + tool.renewalDate());
            }
        }
        return written;
    }

    private int fire(StoredRule rule, @Nullable UUID community, UUID subject, Map<String, Object> data, Instant now,
                     String key) {
        Signal signal = new Signal(Uuids.v7(), SignalKind.SCAN, community, null, null, subject, data, now, rule.id(),
                null, 0);
        return signals.insert(signal, now, key) ? 1 : 0;
    }

    /**
     * The cron times of the last few minutes, in the tenant's zone, each once. A tenant-wide rule fires once per
     * community that is not archived (its key names the community), so a weekly playbook gives each community its
     * own task; a community's rule fires for its community.
     */
    private int scheduled(StoredRule rule, Instant now) {
        List<Instant> times = cronTimes(rule.definition().trigger().schedule(),
                tenants.zone(TenantContext.current().orElseThrow()), now.minus(SCHEDULE_LOOKBACK), now);
        if (times.isEmpty()) {
            return 0;
        }
        UUID own = rule.communityId();
        List<UUID> communityIds = own != null ? List.of(own) : communities.activeIdsForJob();
        int written = 0;
        for (Instant time : times) {
            for (UUID community : communityIds) {
                Signal signal = new Signal(Uuids.v7(), SignalKind.SCAN, community, null, null, null,
                        Map.of("scheduledAt", time.toString()), time, rule.id(), null, 0);
                String key = own != null ? "schedule:" + time : "schedule:" + time + ":" + community;
                if (signals.insert(signal, now, key)) {
                    written++;
                }
            }
        }
        return written;
    }

    /**
     * The times of a six-field cron expression in {@code (from, to]}, read in the zone: "09:30 every day" is 09:30
     * local on either side of a daylight-saving change. Nothing for a missing or broken expression.
     */
    static List<Instant> cronTimes(@Nullable String cron, ZoneId zone, Instant from, Instant to) {
        if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
            return List.of();
        }
        CronExpression expression = CronExpression.parse(cron.strip());
        List<Instant> times = new ArrayList<>();
        ZonedDateTime next = expression.next(from.atZone(zone));
        while (next != null && !next.toInstant().isAfter(to) && times.size() < 10_000) {
            times.add(next.toInstant());
            next = expression.next(next);
        }
        return times;
    }

    private static boolean applies(StoredRule rule, UUID community) {
        return rule.communityId() == null || rule.communityId().equals(community);
    }
}

package app.communityops.today;

import app.communityops.activity.ActivityNavigation;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.community.CommunitySummary;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentFilter;
import app.communityops.content.ContentNavigation;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.screening.EliminationService;
import app.communityops.screening.ReviewItem;
import app.communityops.screening.ReviewQueueService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.tool.ToolNavigation;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolSettingsService;
import app.communityops.tool.ToolStatus;
import app.communityops.tool.ToolSummary;
import app.communityops.tool.UsageShare;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The work other modules already know is due, read live through their published services (never copied into
 * tasks): applications waiting for review, elimination candidates, content to review or publish, today's
 * activities and those still waiting for their attendance, tool renewals. Each item links to where it is handled.
 */
@Component
class TodaySources {

    /** An application should be decided within a day of arriving. */
    static final Duration REVIEW_WITHIN = Duration.ofDays(1);
    /** Attendance is marked by the day after the activity. */
    static final Duration ATTENDANCE_WITHIN = Duration.ofDays(1);
    /** How far back a past activity still asks for its attendance. */
    static final int ATTENDANCE_LOOKBACK_DAYS = 7;
    private static final int CONTENT_LIMIT = 100;

    private final ReviewQueueService reviews;
    private final EliminationService elimination;
    private final ContentService content;
    private final ActivityService activities;
    private final ToolService tools;
    private final ToolSettingsService toolSettings;

    TodaySources(ReviewQueueService reviews, EliminationService elimination, ContentService content,
                 ActivityService activities, ToolService tools, ToolSettingsService toolSettings) {
        this.reviews = reviews;
        this.elimination = elimination;
        this.content = content;
        this.activities = activities;
        this.tools = tools;
        this.toolSettings = toolSettings;
    }

    /** A day in the tenant's zone: its start and end, and now. */
    record Day(Instant now, Instant start, Instant end, LocalDate date, ZoneId zone) {

        /** "By the end of today", shown as 23:59 rather than as tomorrow's midnight. */
        Instant lastMinute() {
            return end.minus(Duration.ofMinutes(1));
        }

        static Day of(Instant now, ZoneId zone) {
            LocalDate date = LocalDate.ofInstant(now, zone);
            return new Day(now, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant(),
                    date, zone);
        }
    }

    List<TodayItem> derived(List<CommunitySummary> communities, TodayFilter filter, @Nullable ToolScope toolScope,
                            Day day) {
        List<TodayItem> items = new ArrayList<>();
        if (communities.isEmpty() && toolScope == null) {
            return items;
        }
        Map<UUID, CommunitySummary> byId = communities.stream()
                .collect(Collectors.toMap(CommunitySummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (filter.shows(TodayKind.REVIEW)) {
            reviewItems(byId, day, items);
        }
        if (filter.shows(TodayKind.ELIMINATION)) {
            for (CommunitySummary community : byId.values()) {
                int candidates = elimination.candidateCount(community.id());
                if (candidates > 0) {
                    items.add(TodayItem.derived("elimination-" + community.id(), TodayKind.ELIMINATION,
                            community.id(), community.name(), "today.item.elimination",
                            List.of(String.valueOf(candidates)), day.lastMinute(), false,
                            ScreeningNavigation.eliminationPath(community.id())));
                }
            }
        }
        if (filter.shows(TodayKind.CONTENT)) {
            contentItems(byId, day, items);
        }
        if (filter.shows(TodayKind.ACTIVITY) || filter.shows(TodayKind.ATTENDANCE)) {
            activityItems(byId, filter, day, items);
        }
        if (filter.shows(TodayKind.TOOL) && toolScope != null) {
            toolItems(byId, toolScope, day, items);
        }
        return items;
    }

    /**
     * Whose tool renewals: every tool (person null), or those a person owns or their communities use;
     * {@code withoutCommunity} also shows tools no community in view uses (off when one community is filtered).
     */
    record ToolScope(@Nullable UUID person, Set<UUID> communities, boolean withoutCommunity) {
    }

    private void reviewItems(Map<UUID, CommunitySummary> communities, Day day, List<TodayItem> items) {
        reviews.pendingByCommunity().forEach((community, count) -> {
            if (count > 0 && communities.containsKey(community.id())) {
                List<ReviewItem> oldest = reviews.pending(community.id(), 0, 1);
                Instant due = oldest.isEmpty() ? day.lastMinute() : oldest.getFirst().appliedAt().plus(REVIEW_WITHIN);
                items.add(TodayItem.derived("review-" + community.id(), TodayKind.REVIEW, community.id(),
                        community.name(), "today.item.review", List.of(String.valueOf(count)), due, due.isBefore(day.now()),
                        ScreeningNavigation.reviewPath(community.id())));
            }
        });
    }

    private void contentItems(Map<UUID, CommunitySummary> communities, Day day,
                              List<TodayItem> items) {
        ContentFilter due = new ContentFilter(Set.of(ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED), Set.of());
        Set<UUID> seen = new HashSet<>();
        for (CommunitySummary community : communities.values()) {
            for (ContentDetails item : content.list(community.id(), due, 0, CONTENT_LIMIT)) {
                if (!seen.add(item.id())) {
                    continue;
                }
                Instant publishAt = item.publishAt();
                String link = ContentNavigation.detailPath(community.id(), item.id());
                if (item.status() == ContentStatus.IN_REVIEW) {
                    Instant when = publishAt != null && publishAt.isBefore(day.end()) ? publishAt : day.lastMinute();
                    if (publishAt == null || publishAt.isBefore(day.end().plus(Duration.ofDays(2)))) {
                        items.add(TodayItem.derived("content-" + item.id(), TodayKind.CONTENT, community.id(),
                                community.name(), "today.item.contentReview", List.of(item.title()), when,
                                when.isBefore(day.now()), link));
                    }
                } else if (publishAt != null && publishAt.isBefore(day.end())) {
                    items.add(TodayItem.derived("content-" + item.id(), TodayKind.CONTENT, community.id(),
                            community.name(), "today.item.contentPublish", List.of(item.title()), publishAt,
                            publishAt.isBefore(day.now()), link));
                }
            }
        }
    }

    private void activityItems(Map<UUID, CommunitySummary> communities, TodayFilter filter, Day day,
                               List<TodayItem> items) {
        if (communities.isEmpty()) {
            return;
        }
        Instant from = day.start().minus(Duration.ofDays(ATTENDANCE_LOOKBACK_DAYS));
        for (ActivitySummary activity : activities.between(communities.keySet(), from, day.end())) {
            CommunitySummary community = communities.get(activity.communityId());
            if (community == null || activity.status() != ActivityStatus.PLANNED) {
                continue;
            }
            String link = ActivityNavigation.detailPath(community.id(), activity.id());
            if (!activity.end().isAfter(day.now())) {
                if (filter.shows(TodayKind.ATTENDANCE)) {
                    Instant due = activity.end().plus(ATTENDANCE_WITHIN);
                    items.add(TodayItem.derived("attendance-" + activity.id(), TodayKind.ATTENDANCE, community.id(),
                            community.name(), "today.item.attendance", List.of(activity.title()), due, due.isBefore(day.now()),
                            link));
                }
            } else if (!activity.start().isBefore(day.start()) && filter.shows(TodayKind.ACTIVITY)) {
                // Running now or later today; a running activity is not late.
                items.add(TodayItem.derived("activity-" + activity.id(), TodayKind.ACTIVITY, community.id(),
                        community.name(), "today.item.activity", List.of(activity.title()), activity.start(), false, link));
            }
        }
    }

    private void toolItems(Map<UUID, CommunitySummary> communities, ToolScope scope, Day day,
                           List<TodayItem> items) {
        LocalDate horizon = day.date().plusDays(toolSettings.reminderDays());
        for (ToolSummary tool : tools.list()) {
            LocalDate renewal = tool.renewalDate();
            if (renewal == null || tool.status() == ToolStatus.CANCELLED || renewal.isBefore(day.date())
                    || renewal.isAfter(horizon)) {
                continue;
            }
            List<UUID> used = tool.usages().stream().map(UsageShare::communityId).toList();
            boolean mine = scope.person() == null || scope.person().equals(tool.ownerId())
                    || used.stream().anyMatch(scope.communities()::contains);
            CommunitySummary community = used.stream().map(communities::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (!mine || (community == null && !scope.withoutCommunity())) {
                continue;
            }
            Instant due = renewal.atStartOfDay(day.zone()).toInstant();
            items.add(TodayItem.derived("tool-" + tool.id(), TodayKind.TOOL,
                    community == null ? null : community.id(), community == null ? "" : community.name(),
                    "today.item.tool", List.of(tool.name(), renewal.toString()), due, false, ToolNavigation.TOOLS_ROUTE));
        }
    }
}

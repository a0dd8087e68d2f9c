package app.communityops.content;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's career community a rulebook and a month of content in every status, so the rulebook, the
 * content list and the calendar have something to show. Runs once, when the community has no rulebook yet.
 */
@Component
public class ContentDemoData {

    private static final Logger log = LoggerFactory.getLogger(ContentDemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContentDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Seeds the career community's rulebook and content once. */
    public void seedTenant(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        List<UUID> career = jdbc.queryForList("select id from community where name like '%Career Growth Camp%'",
                UUID.class);
        if (career.isEmpty() || count("select count(*) from rulebook_item where community_id = ?", career.getFirst()) > 0) {
            return;
        }
        List<UUID> staff = jdbc.queryForList("""
                select id from user_account where role in ('OPERATOR', 'TENANT_ADMIN') and enabled
                order by role desc, email""", UUID.class);
        if (staff.isEmpty()) {
            return;
        }
        UUID author = staff.getFirst();
        String authorName = jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                author);
        UUID community = career.getFirst();
        rule(community, "SLOGAN", "一起成长，每天进步一点点 / Grow together, a little every day", author, authorName);
        rule(community, "MEME", "\"今天打卡了吗？\" — 每日学习打卡的暗号 / the daily check-in call", author, authorName);
        rule(community, "ENCOURAGED", "每周分享一篇求职或学习笔记 / Share one job-hunting or study note a week",
                author, authorName);
        rule(community, "ENCOURAGED", "帮新人修改简历 / Help newcomers improve their CVs", author, authorName);
        rule(community, "FORBIDDEN", "未经允许发广告、二维码 / Ads or QR codes without approval", author, authorName);
        rule(community, "REWARD_MATERIAL", "月度贡献前三名：一次免费 1 对 1 模拟面试 / Top 3 of the month: a free mock "
                + "interview", author, authorName);
        rule(community, "REWARD_HONORARY", "\"本月导师\"称号 / \"Mentor of the month\" title", author, authorName);

        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));
        item(community, "VALUE", "DEEP_DIVE", "2026 互联网校招趋势深度解读 / Campus hiring trends 2026", "PUBLISHED",
                today.minus(Duration.ofDays(6)), author, authorName, 1860);
        item(community, "INSTITUTIONAL", "RULES", "群规更新：广告与二维码 / Group rules: ads and QR codes", "PUBLISHED",
                today.minus(Duration.ofDays(3)), author, authorName, 940);
        item(community, "VALUE", "EXPERT_SERIES", "大厂面试官系列 · 第 3 期 / Interviewer series #3", "SCHEDULED",
                today.plus(Duration.ofDays(2)), author, authorName, null);
        item(community, "VALUE", "PRACTICAL_TIPS", "简历 STAR 法则实操 / STAR method for CVs", "IN_REVIEW",
                today.plus(Duration.ofDays(4)), author, authorName, null);
        item(community, "VALUE", "TOOLS_MODELS", "职业规划的 SWOT 模型 / SWOT for career planning", "DRAFT",
                today.plus(Duration.ofDays(8)), author, authorName, null);
        item(community, "INSTITUTIONAL", "REWARDS", "本月导师评选 / Mentor of the month nominations", "IDEA",
                null, author, authorName, null);
        log.info("Demo rulebook and content created for the career community");
    }

    private void rule(UUID community, String kind, String text, UUID author, String authorName) {
        UUID id = Uuids.v7();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into rulebook_item (tenant_id, id, community_id, kind, text, changed_at, changed_by,
                                           changed_by_name, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, community, kind, text, now, author, authorName, now);
        jdbc.update("""
                insert into rulebook_item_revision (tenant_id, id, item_id, text, active, changed_at, changed_by,
                                                    changed_by_name, created_at, version)
                values (current_tenant_id(), ?, ?, ?, true, ?, ?, ?, ?, 0)""",
                Uuids.v7(), id, text, now, author, authorName, now);
    }

    private void item(UUID community, String kind, String category, String title, String status,
                      @org.jspecify.annotations.Nullable Instant publishAt, UUID author, String authorName,
                      @org.jspecify.annotations.Nullable Integer views) {
        UUID id = Uuids.v7();
        Timestamp now = Timestamp.from(clock.instant());
        String body = "## " + title + "\n\n- 要点一 / Point one\n- 要点二 / Point two\n\n"
                + "[更多 / More](https://example.com/career)";
        jdbc.update("""
                insert into content_item (tenant_id, id, kind, category, title, body, markdown, author_id, channel,
                                          publish_at, status, views, reactions, replies, shares, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, true, ?, '微信群 / WeChat group', ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, kind, category, title, body, author, publishAt == null ? null : Timestamp.from(publishAt), status,
                views, views == null ? null : views / 12, views == null ? null : views / 60,
                views == null ? null : views / 90, now);
        jdbc.update("insert into content_item_community (content_id, community_id) values (?, ?)", id, community);
        jdbc.update("""
                insert into content_transition (tenant_id, id, content_id, from_status, to_status, actor_id, actor_name,
                                                occurred_at, created_at, version)
                values (current_tenant_id(), ?, ?, null, ?, ?, ?, ?, ?, 0)""",
                Uuids.v7(), id, status, author, authorName, now, now);
    }

    private long count(String sql, Object... args) {
        Long found = jdbc.queryForObject(sql, Long.class, args);
        return found == null ? 0 : found;
    }
}

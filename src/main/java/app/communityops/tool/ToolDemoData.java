package app.communityops.tool;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.shared.scheduling.TenantJobs;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency its tool inventory once: the default categories and the tools its communities use, some
 * shared by weight, some renewing within the month, then runs the renewal reminders once so the bell has news.
 */
@Component
public class ToolDemoData {

    private static final Logger log = LoggerFactory.getLogger(ToolDemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TenantJobs jobs;
    private final ToolRenewalReminders reminders;
    private final Clock clock;

    ToolDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TenantJobs jobs,
                 ToolRenewalReminders reminders, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jobs = jobs;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Seeds the tenant once and announces due renewals; answers how many tools were created (0 if seeded before). */
    public int seed(UUID tenant) {
        Integer seeded = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            Integer existing = jdbc.queryForObject("select count(*) from tool_settings", Integer.class);
            return existing != null && existing > 0 ? 0 : new Seed().run();
        }));
        if (seeded == null || seeded == 0) {
            return 0;
        }
        jobs.inTenant(tenant, reminders::remindDue);
        log.info("Demo tools created: {} tools", seeded);
        return seeded;
    }

    /** One seeding run inside the demo tenant's transaction. */
    private final class Seed {

        private final Map<String, UUID> categories = new HashMap<>();
        private final Timestamp now = Timestamp.from(clock.instant());
        private final LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        private int tools;

        int run() {
            jdbc.update("""
                    insert into tool_settings (tenant_id, reminder_days, categories_seeded, created_at, version)
                    values (current_tenant_id(), 30, true, ?, 0)""", now);
            for (String name : ToolSettingsService.DEFAULT_CATEGORIES) {
                UUID id = Uuids.v7();
                jdbc.update("insert into tool_category (tenant_id, id, name, created_at, version)"
                        + " values (current_tenant_id(), ?, ?, ?, 0)", id, name, now);
                categories.put(name.substring(0, 4), id);
            }
            UUID olivia = user("olivia@demo-agency.test");
            UUID li = user("li.ming@demo-agency.test");
            UUID career = community("互联网职场成长营%");
            UUID pm = community("Product Managers Circle%");
            UUID interview = community("Mock Interview Club");
            UUID bread = community("Sunrise Bread Lovers");

            UUID scrm = tool("微伴助手 WeBan SCRM", "SCRM", "微伴 WeBan", "https://weibanzhushou.com",
                    "企业微信客户管理：客户标签、群发、入群欢迎语。WeCom customer tags, broadcasts and welcome messages.",
                    "ACTIVATE", olivia, "12000", "CNY", "YEAR", 10, today.plusDays(12), "ACTIVE", "WEIGHT");
            use(scrm, career, "3");
            use(scrm, pm, "2");
            use(scrm, bread, "1");
            UUID xiaoe = tool("小鹅通 Xiaoe-tech", "Paym", "小鹅通", "https://www.xiaoe-tech.com",
                    "付费课程与知识店铺，试听课与 19.9 元入群支付。Paid courses, trial lessons and the joining fee.",
                    "CONVERT", olivia, "6800", "CNY", "YEAR", 5, today.plusDays(75), "ACTIVE", "EVEN");
            use(xiaoe, career, "1");
            use(xiaoe, pm, "1");
            UUID forms = tool("金数据 Jinshuju", "Data", "金数据", "https://jinshuju.net",
                    "入群申请表与满意度问卷。Application forms and satisfaction surveys.", "ACQUIRE", li, "99", "CNY",
                    "MONTH", 3, today.plusDays(40), "ACTIVE", "EVEN");
            use(forms, career, "1");
            use(forms, interview, "1");
            UUID editor = tool("135 编辑器 135 Editor", "Cont", "135editor", "https://www.135editor.com",
                    "公众号与社群长图排版。Layout for articles and long posters.", "ACTIVATE", li, "300", "CNY", "YEAR",
                    2, today.plusDays(6), "ACTIVE", "EVEN");
            use(editor, career, "1");
            use(editor, pm, "1");
            use(editor, bread, "1");
            UUID youzan = tool("有赞微商城 Youzan", "Paym", "有赞", "https://www.youzan.com",
                    "面包预订与节日礼盒。Bakery pre-orders and festival gift boxes.", "CONVERT", li, "6800", "CNY",
                    "YEAR", 2, today.plusDays(150), "ACTIVE", "EVEN");
            use(youzan, bread, "1");
            UUID analytics = tool("GrowingIO", "Data", "GrowingIO", "https://www.growingio.com",
                    "Funnel and retention analysis for the product managers circle.", "RETAIN", olivia, "500", "USD",
                    "MONTH", null, today.plusDays(20), "TRIAL", "EVEN");
            use(analytics, pm, "1");
            UUID canva = tool("Canva 可画", "Cont", "Canva", "https://www.canva.cn",
                    "Posters and covers for weekly sharing sessions.", "ACTIVATE", null, "119.99", "USD", "YEAR", 1,
                    today.plusDays(200), "ACTIVE", "EVEN");
            use(canva, career, "1");
            UUID fission = tool("任务宝 Poster Fission", "Vira", "裂变宝", null,
                    "邀请海报裂变：邀 3 位好友得试听课。Invite three friends, get a trial lesson.", "ACQUIRE", olivia,
                    "1999", "CNY", "YEAR", null, today.plusDays(90), "ACTIVE", "WEIGHT");
            use(fission, career, "2");
            use(fission, interview, "1");
            UUID bot = tool("群机器人 Group Bot", "Comm", "WeTool", null,
                    "Old keyword auto-reply bot, replaced by the SCRM's welcome messages.", "ACTIVATE", null, null,
                    null, "MONTH", null, null, "CANCELLED", "EVEN");
            use(bot, bread, "1");
            return tools;
        }

        private UUID tool(String name, String category, String vendor, @Nullable String link, String purpose,
                          String stage, @Nullable UUID owner, @Nullable String amount, @Nullable String currency,
                          String period, @Nullable Integer seats, @Nullable LocalDate renewal, String status,
                          String split) {
            UUID id = Uuids.v7();
            jdbc.update("""
                    insert into tool (tenant_id, id, name, category_id, vendor, link, purpose, funnel_stage, owner_id,
                                      cost_amount, cost_currency, billing_period, seats, renewal_date, status,
                                      cost_split, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                    id, name, categories.get(category), vendor, link, purpose, stage, owner,
                    amount == null ? null : new BigDecimal(amount), currency, period, seats,
                    renewal == null ? null : Date.valueOf(renewal), status, split, now);
            tools++;
            return id;
        }

        private void use(UUID tool, @Nullable UUID community, String weight) {
            if (community != null) {
                jdbc.update("insert into tool_community (tool_id, community_id, weight) values (?, ?, ?)", tool,
                        community, new BigDecimal(weight));
            }
        }

        private @Nullable UUID user(String email) {
            return jdbc.query("select id from user_account where email = ?",
                    rs -> rs.next() ? rs.getObject(1, UUID.class) : null, email);
        }

        private @Nullable UUID community(String namePattern) {
            return jdbc.query("select id from community where name like ? order by name limit 1",
                    rs -> rs.next() ? rs.getObject(1, UUID.class) : null, namePattern);
        }
    }
}

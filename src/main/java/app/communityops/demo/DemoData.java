package app.communityops.demo;

import static app.communityops.community.Channel.DISCORD;
import static app.communityops.community.Channel.KNOWLEDGE_PLANET;
import static app.communityops.community.Channel.WECHAT_GROUP;
import static app.communityops.community.Channel.WECOM;
import static app.communityops.community.CommunityStatus.ACTIVE;
import static app.communityops.community.CommunityStatus.ARCHIVED;
import static app.communityops.community.CommunityStatus.PLANNING;
import static app.communityops.security.AccountRole.CLIENT;
import static app.communityops.security.AccountRole.OPERATOR;
import static app.communityops.security.AccountRole.TENANT_ADMIN;

import app.communityops.activity.ActivityDemoData;
import app.communityops.approval.ApprovalDemoData;
import app.communityops.automation.RuleDemoData;
import app.communityops.clients.DemoClients;
import app.communityops.community.DemoCommunities;
import app.communityops.content.ContentApprovalDemoData;
import app.communityops.content.ContentDemoData;
import app.communityops.engagement.EngagementDemoData;
import app.communityops.join.JoinDemoData;
import app.communityops.kpi.KpiDemoData;
import app.communityops.members.HealthDemoData;
import app.communityops.members.MemberDemoData;
import app.communityops.money.MoneyDemoData;
import app.communityops.report.ReportDemoData;
import app.communityops.screening.ScreeningDemoData;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.DemoTenants;
import app.communityops.today.TaskDemoData;
import app.communityops.tool.ToolDemoData;
import app.communityops.webhook.WebhookDemoData;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo installation: the one place that says what the demo holds and in which order. The base (two
 * tenants, their logins, clients and communities) goes in once, on a database without tenants; then each module's
 * seeder gives the Demo Agency its part, each once (a tenant it has seeded before is left alone), so a module whose
 * seeder is new still seeds an older demo database. Every seeder writes only its own module's tables and reaches
 * other modules' rows through their demo fixtures ({@code DemoMembers}, {@code EngagementDemoData}...). Rows go in
 * through the application role, one tenant per transaction, so they pass the same row-level security checks as the
 * console. The logins are listed in the README. Runs before {@code BootstrapAdmin}, which then finds the demo's
 * platform admin and leaves the start as it is.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "CommunityOps#2026";
    static final String AGENCY = "Demo Agency";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwordEncoder;
    private final DemoTenants tenants;
    private final DemoAccounts accounts;
    private final DemoClients clients;
    private final DemoCommunities communities;
    private final Seeders seeders;

    /** Each module's demo seeder; {@link #seedAgency} calls them in order. */
    record Seeders(MemberDemoData members, ScreeningDemoData screening, ActivityDemoData activities,
                   ContentDemoData content, MoneyDemoData money, EngagementDemoData engagement, ToolDemoData tools,
                   KpiDemoData kpis, ReportDemoData reports, ApprovalDemoData approvals,
                   ContentApprovalDemoData contentApprovals, WebhookDemoData webhooks, TaskDemoData tasks,
                   RuleDemoData rules, HealthDemoData health, JoinDemoData join) {
    }

    DemoData(@Value("${communityops.demo-data:false}") boolean enabled, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder, DemoTenants tenants,
             DemoAccounts accounts, DemoClients clients, DemoCommunities communities, MemberDemoData members,
             ScreeningDemoData screening, ActivityDemoData activities, ContentDemoData content, MoneyDemoData money,
             EngagementDemoData engagement, ToolDemoData tools, KpiDemoData kpis, ReportDemoData reports,
             ApprovalDemoData approvals, ContentApprovalDemoData contentApprovals, WebhookDemoData webhooks,
             TaskDemoData tasks, RuleDemoData rules, HealthDemoData health, JoinDemoData join) {
        this.enabled = enabled;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.tenants = tenants;
        this.accounts = accounts;
        this.clients = clients;
        this.communities = communities;
        this.seeders = new Seeders(members, screening, activities, content, money, engagement, tools, kpis, reports,
                approvals, contentApprovals, webhooks, tasks, rules, health, join);
    }

    @Override
    public void run(ApplicationArguments args) {
        // Decided at start, not by a bean condition: the production jar's bean definitions are fixed at build time
        // (decision 0038), and the same jar seeds the demo only when DEMO_DATA=true.
        if (!enabled) {
            return;
        }
        if (Boolean.TRUE.equals(transactions.execute(status -> tenants.none()))) {
            seedBase();
        }
        UUID agency = transactions.execute(status -> tenants.named(AGENCY));
        if (agency != null) {
            seedAgency(agency);
        }
    }

    /**
     * The order is the order in which the data builds on itself: members cite the career camp's red lines;
     * screening's applicants join the members; activities are attended by joined members and tick screening's
     * trial-lesson condition; money sells to joined members; engagement's events follow joined members and set
     * their "last active"; the KPIs roll up all of the above, member health is scored from the rollups, and the
     * delivered reports report on it; last, the education client starts to require approval and one draft waits
     * for it; an example webhook endpoint (disabled) shows a short delivery log; the join pages get a few
     * applications through their links; the operators' tasks come after all of it, beside the work the list
     * derives from it. Automation rules come last, so the seeding itself fires none of them.
     */
    private void seedAgency(UUID agency) {
        List<UUID> careerRedLines = seeders.screening().careerRedLines(agency);
        seeders.members().seed(agency, careerRedLines);
        seeders.screening().seedCareerCommunity(agency);
        seeders.activities().seedTenant(agency);
        seeders.content().seedTenant(agency);
        seeders.money().seedTenant(agency);
        seeders.engagement().seedTenant(agency);
        seeders.tools().seed(agency);
        seeders.kpis().seedTenant(agency);
        seeders.health().seedTenant(agency);
        seeders.reports().seedTenant(agency);
        if (seeders.approvals().seedTenant(agency)) {
            seeders.contentApprovals().submitOne(agency);
        }
        seeders.webhooks().seedTenant(agency);
        if (seeders.join().seedTenant(agency) > 0) {
            seeders.join().fileSampleApplications(agency);
        }
        seeders.tasks().seedTenant(agency);
        seeders.rules().seedTenant(agency);
    }

    private void seedBase() {
        String hash = Objects.requireNonNull(passwordEncoder.encode(PASSWORD), "a password hashes to a text");
        transactions.executeWithoutResult(status ->
                accounts.platformAdmin("platform@communityops.test", "Platform Admin", hash));
        seedDemoAgency(hash);
        seedNorthwind(hash);
        log.info("Demo data created: two tenants; see the README for the logins");
    }

    private void seedDemoAgency(String hash) {
        UUID tenant = Objects.requireNonNull(transactions.execute(status -> tenants.create(AGENCY, 20, 50_000, 10)));
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            UUID careerUp = clients.create("CareerUp Education 职场教育", "Wang Fang", "wang.fang@careerup.test");
            UUID bakery = clients.create("Sunrise Bakery", "Tom Baker", "tom@sunrise-bakery.test");
            accounts.user("admin@demo-agency.test", "Ada Admin 管理员", TENANT_ADMIN, null, hash, "en");
            UUID olivia = accounts.user("olivia@demo-agency.test", "Olivia Operator 运营", OPERATOR, null, hash, null);
            UUID li = accounts.user("li.ming@demo-agency.test", "李明", OPERATOR, null, hash, "zh-CN");
            accounts.user("client@careerup.test", "Wang Fang 王芳", CLIENT, careerUp, hash, "zh-CN");
            accounts.user("client@sunrise-bakery.test", "Tom Baker", CLIENT, bakery, hash, "en");

            UUID career = communities.create("互联网职场成长营 Career Growth Camp", WECHAT_GROUP, careerUp, ACTIVE, 500, """
                    An online career-education community for internet professionals and career changers. \
                    Entry by a 19.9 yuan fee after attending three free trial lessons. \
                    面向互联网从业者的在线职场教育社群：试听三节免费课后，支付 19.9 元入群。""", "education");
            UUID pm = communities.create("Product Managers Circle 产品经理圈", KNOWLEDGE_PLANET, careerUp, ACTIVE, 3000,
                    "Paid column and weekly sharing for product managers.", "education");
            UUID interview = communities.create("Mock Interview Club", WECOM, careerUp, PLANNING, 200,
                    "1-on-1 mock interviews with experts; launching next month.", "education");
            UUID bread = communities.create("Sunrise Bread Lovers", WECHAT_GROUP, bakery, ACTIVE, 480,
                    "Regular customers: new bakes, festival greetings and monthly tasting meetups.", "retail");
            communities.create("Spring 2026 Cohort", WECHAT_GROUP, careerUp, ARCHIVED, 500,
                    "Closed cohort, kept for reports.", "education");
            // Three more education clients with two WeChat groups each: the career camp and each of these has at
            // least five peers of three other clients, so the dashboards and reports show peer bands.
            UUID brightMinds = clients.create("Bright Minds Tutoring 明思教育", "Chen Jing", "chen.jing@brightminds.test");
            UUID pathway = clients.create("Pathway Language School", "Laura Path", "laura@pathway-school.test");
            UUID summit = clients.create("Summit Coding Academy", "Sam Summit", "sam@summit-coding.test");
            UUID parents = communities.create("Bright Minds Parents Circle 家长圈", WECHAT_GROUP, brightMinds, ACTIVE,
                    500, "Parents of primary pupils: homework tips and weekly Q&A.", "education");
            UUID sprint = communities.create("Bright Minds Exam Sprint 冲刺营", WECHAT_GROUP, brightMinds, ACTIVE,
                    300, "Final-term revision group with daily practice.", "education");
            UUID ielts = communities.create("Pathway IELTS Study Group", WECHAT_GROUP, pathway, ACTIVE, 500,
                    "Daily speaking practice and mock tests for IELTS candidates.", "education");
            UUID business = communities.create("Pathway Business English", WECHAT_GROUP, pathway, ACTIVE, 400,
                    "Business English for working professionals.", "education");
            UUID python = communities.create("Summit Python Beginners", WECHAT_GROUP, summit, ACTIVE, 500,
                    "Beginners learning Python together, with weekly code reviews.", "education");
            UUID frontend = communities.create("Summit Frontend Bootcamp", WECHAT_GROUP, summit, ACTIVE, 450,
                    "A twelve-week front-end bootcamp cohort.", "education");
            for (UUID peer : List.of(parents, sprint, ielts)) {
                communities.assign(peer, olivia);
            }
            for (UUID peer : List.of(business, python, frontend)) {
                communities.assign(peer, li);
            }
            communities.assign(career, olivia);
            communities.assign(pm, olivia);
            communities.assign(interview, li);
            communities.assign(bread, li);
        }));
    }

    private void seedNorthwind(String hash) {
        UUID tenant = Objects.requireNonNull(
                transactions.execute(status -> tenants.create("Northwind Communities", 5, 10_000, 3)));
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            UUID retail = clients.create("Northwind Retail", "Nancy North", "nancy@northwind.test");
            accounts.user("admin@northwind.test", "Nancy Admin", TENANT_ADMIN, null, hash, "en");
            UUID operator = accounts.user("operator@northwind.test", "Noah Operator", OPERATOR, null, hash, null);
            accounts.user("client@northwind.test", "Nancy North", CLIENT, retail, hash, null);
            UUID vip = communities.create("Northwind VIP Circle", DISCORD, retail, ACTIVE, 2000,
                    "VIP customers of Northwind Retail.", "retail");
            communities.assign(vip, operator);
        }));
    }
}

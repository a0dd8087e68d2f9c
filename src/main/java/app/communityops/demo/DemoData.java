package app.communityops.demo;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo installation once, on a database without tenants. Rows go in through the application role,
 * one tenant per transaction, so the seed passes the same row-level security checks as the console.
 * The logins are listed in the README.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "communityops.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "CommunityOps#2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder,
             Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer tenants = jdbc.queryForObject("select count(*) from tenant", Integer.class);
        if (tenants != null && tenants > 0) {
            return;
        }
        String hash = Objects.requireNonNull(passwordEncoder.encode(PASSWORD), "a password hashes to a text");
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into platform_admin (id, email, password_hash, display_name, enabled, created_at, version)"
                    + " values (?, ?, ?, ?, true, ?, 0)", Uuids.v7(), "platform@communityops.test", hash,
                    "Platform Admin", now());
            reserve("platform@communityops.test");
        });
        seedDemoAgency(hash);
        seedNorthwind(hash);
        log.info("Demo data created: two tenants; see the README for the logins");
    }

    private void seedDemoAgency(String hash) {
        UUID tenant = tenant("Demo Agency", 20, 50_000, 10);
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            UUID careerUp = client("CareerUp Education 职场教育", "Wang Fang", "wang.fang@careerup.test");
            UUID bakery = client("Sunrise Bakery", "Tom Baker", "tom@sunrise-bakery.test");
            user("admin@demo-agency.test", "Ada Admin 管理员", "TENANT_ADMIN", null, hash, "en");
            UUID olivia = user("olivia@demo-agency.test", "Olivia Operator 运营", "OPERATOR", null, hash, null);
            UUID li = user("li.ming@demo-agency.test", "李明", "OPERATOR", null, hash, "zh-CN");
            user("client@careerup.test", "Wang Fang 王芳", "CLIENT", careerUp, hash, "zh-CN");
            user("client@sunrise-bakery.test", "Tom Baker", "CLIENT", bakery, hash, "en");

            UUID career = community("互联网职场成长营 Career Growth Camp", "WECHAT_GROUP", careerUp, "ACTIVE", 500, """
                    An online career-education community for internet professionals and career changers. \
                    Entry by a 19.9 yuan fee after attending three free trial lessons. \
                    面向互联网从业者的在线职场教育社群：试听三节免费课后，支付 19.9 元入群。""");
            UUID pm = community("Product Managers Circle 产品经理圈", "KNOWLEDGE_PLANET", careerUp, "ACTIVE", 3000,
                    "Paid column and weekly sharing for product managers.");
            UUID interview = community("Mock Interview Club", "WECOM", careerUp, "PLANNING", 200,
                    "1-on-1 mock interviews with experts; launching next month.");
            UUID bread = community("Sunrise Bread Lovers", "WECHAT_GROUP", bakery, "ACTIVE", 480,
                    "Regular customers: new bakes, festival greetings and monthly tasting meetups.");
            community("Spring 2026 Cohort", "WECHAT_GROUP", careerUp, "ARCHIVED", 500, "Closed cohort, kept for reports.");
            assign(career, olivia);
            assign(pm, olivia);
            assign(interview, li);
            assign(bread, li);
        }));
    }

    private void seedNorthwind(String hash) {
        UUID tenant = tenant("Northwind Communities", 5, 10_000, 3);
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            UUID retail = client("Northwind Retail", "Nancy North", "nancy@northwind.test");
            user("admin@northwind.test", "Nancy Admin", "TENANT_ADMIN", null, hash, "en");
            UUID operator = user("operator@northwind.test", "Noah Operator", "OPERATOR", null, hash, null);
            user("client@northwind.test", "Nancy North", "CLIENT", retail, hash, null);
            UUID vip = community("Northwind VIP Circle", "DISCORD", retail, "ACTIVE", 2000,
                    "VIP customers of Northwind Retail.");
            assign(vip, operator);
        }));
    }

    private UUID tenant(String name, int communities, int members, int seats) {
        UUID id = Uuids.v7();
        transactions.executeWithoutResult(status -> jdbc.update("""
                insert into tenant (id, name, status, max_communities, max_members, max_staff_seats, created_at, version)
                values (?, ?, 'ACTIVE', ?, ?, ?, ?, 0)""", id, name, communities, members, seats, now()));
        return id;
    }

    private UUID client(String name, String contact, String email) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into client (tenant_id, id, name, contact_name, contact_email, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)""", id, name, contact, email, now());
        return id;
    }

    private UUID user(String email, String name, String role, @Nullable UUID client, String hash,
                      @Nullable String locale) {
        UUID id = Uuids.v7();
        reserve(email);
        jdbc.update("""
                insert into user_account (tenant_id, id, email, password_hash, display_name, role, client_id, enabled,
                                          locale, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, true, ?, ?, 0)""",
                id, email, hash, name, role, client, locale, now());
        return id;
    }

    private UUID community(String name, String channel, UUID client, String status, int capacity, String description) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, description,
                                       created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, name, channel, client, status, capacity, description, now());
        return id;
    }

    private void assign(UUID community, UUID user) {
        jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", community, user);
    }

    private void reserve(String email) {
        jdbc.update("insert into login_email (email, created_at) values (?, ?)", email, now());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

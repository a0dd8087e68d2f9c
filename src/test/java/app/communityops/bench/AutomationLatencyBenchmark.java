package app.communityops.bench;

import static app.communityops.automation.AutomationTestData.when;
import static app.communityops.bench.Figures.report;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.automation.ActionKind;
import app.communityops.automation.AutomationTestData;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderService;
import app.communityops.shared.TenantContext;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From a fact's commit to its rule's action, with the scheduler on and the engine job at its default interval, as
 * a node runs it: 1,000 joins and 1,000 orders through the services, from two threads, on a tenant with rules on
 * joins (task, notification, webhook event) and first purchases (notification). The delay of each fact is the
 * commit of its run (which commits the notification and the announced task and webhook with it) minus the commit
 * of its signal (which commits with the fact); p95 over all 2,000. Runs only with {@code -Pbench}.
 */
@SpringBootTest(properties = {"communityops.scheduler.enabled=true", "spring.datasource.hikari.maximum-pool-size=10"})
@ActiveProfiles("test")
class AutomationLatencyBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AutomationLatencyBenchmark.class);
    private static final int FACTS = Integer.getInteger("bench.facts", 1_000);

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    MoneyTestData money;
    @Autowired
    MembershipService memberships;
    @Autowired
    OrderService orders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AutomationTestData automationRules;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void fromFactToAction() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.update("update tenant set max_members = 1000000 where id = ?", tenant.tenantId());
            jdbc.update("update community set member_capacity = null where id = ?", tenant.communityId());
        }));
        automationRules.rule(tenant.tenantId(), tenant.communityId(), "MEMBER_JOINED", when(
                RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                new RuleAction(ActionKind.CREATE_TASK, "Welcome", 24), new RuleAction(ActionKind.NOTIFY, "joined", null),
                new RuleAction(ActionKind.SEND_WEBHOOK, null, null)));
        automationRules.rule(tenant.tenantId(), tenant.communityId(), "FIRST_PURCHASE", when(
                RuleTrigger.of(TriggerKind.FIRST_PURCHASE), List.of(),
                new RuleAction(ActionKind.NOTIFY, "first purchase", null)));
        List<Spec> approved = new ArrayList<>();
        List<Spec> joined = new ArrayList<>();
        for (int i = 0; i < FACTS; i++) {
            approved.add(Spec.of("Approved " + i, "approved-" + i, MembershipStatus.APPROVED));
            joined.add(Spec.of("Buyer " + i, "buyer-" + i, MembershipStatus.JOINED));
        }
        List<UUID> toJoin = members.add(tenant.tenantId(), tenant.communityId(), approved);
        members.add(tenant.tenantId(), tenant.communityId(), joined);
        List<UUID> buyers = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForList("select member_id from membership where member_handle like 'buyer-%' order by 1",
                        UUID.class)));
        OfferSummary course = money.offer(tenant.admin(), "Course", OfferType.PAID_KNOWLEDGE, "19.90", "CNY",
                tenant.communityId());

        log.info("rules.trigger_to_action: facts start");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> joins = pool.submit(() -> SignedIn.run(tenant.operator(), () -> toJoin.forEach(memberships::join)));
            Future<?> paid = pool.submit(() -> SignedIn.run(tenant.operator(), () -> Objects.requireNonNull(buyers)
                    .forEach(member -> orders.create(tenant.communityId(), MoneyTestData.orderForm(member, course,
                            "19.90", LocalDateTime.now().minusMinutes(1))))));
            joins.get();
            paid.get();
        } finally {
            pool.shutdown();
        }
        double factSeconds = (System.nanoTime() - started) / 1e9;
        log.info("rules.trigger_to_action: {} facts recorded in {} s", 2 * FACTS, factSeconds);
        Awaitility.await("every fact's run done").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count(tenant, transactions,
                        "select count(*) from automation_run where status = 'SUCCEEDED'") >= 2 * FACTS);
        List<Double> delays = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForList("""
                        select extract(epoch from r.finished_at - s.recorded_at)
                        from automation_run r join automation_signal s on s.id = r.signal_id
                        order by 1""", Double.class)));
        double p95 = Objects.requireNonNull(delays).get((int) Math.ceil(delays.size() * 0.95) - 1);
        double max = delays.getLast();
        assertThat(count(tenant, transactions, "select count(*) from notification where kind = 'automation.notice.fired'"))
                .as("operator and admin, once per fact").isEqualTo(4 * FACTS);
        report("rules.trigger_to_action_p95", p95, "s");
        report("rules.trigger_to_action_max", max, "s");
        report("rules.facts_recorded_rate", 2 * FACTS / factSeconds, "facts/s");
        report("rules.load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
    }

    private int count(TestTenants.Fixture tenant, TransactionTemplate transactions, String sql) {
        Integer count = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForObject(sql, Integer.class)));
        return count == null ? 0 : count;
    }
}

package app.communityops.automation;

import static app.communityops.automation.AutomationTestData.when;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.io.ImportSettings;
import app.communityops.members.io.MemberImportService;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderService;
import app.communityops.money.OrderSummary;
import app.communityops.money.ReviewForm;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Facts other modules record reach the rules: orders tell a first purchase from a repurchase, a review carries its
 * stars, a refund its amount, and a member import's new memberships fire join rules like joins by hand.
 */
@IntegrationTest
class AutomationFactsTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MoneyTestData money;
    @Autowired
    OrderService orders;
    @Autowired
    MemberImportService imports;
    @Autowired
    AutomationTestData data;
    @Autowired
    AutomationWork work;

    Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void ordersRefundsAndReviewsFireTheirTriggers() {
        UUID first = data.rule(tenant.tenantId(), tenant.communityId(), "First purchase",
                when(RuleTrigger.of(TriggerKind.FIRST_PURCHASE),
                        List.of(new RuleCondition(ConditionKind.EVENT_AMOUNT_AT_LEAST, "19.9")),
                        new RuleAction(ActionKind.ADD_TAG, "buyer", null)));
        UUID again = data.rule(tenant.tenantId(), tenant.communityId(), "Repurchase",
                when(RuleTrigger.of(TriggerKind.REPURCHASE),
                        List.of(new RuleCondition(ConditionKind.PURCHASES_AT_LEAST, "2")),
                        new RuleAction(ActionKind.ADD_TAG, "repeat-buyer", null)));
        UUID refund = data.rule(tenant.tenantId(), tenant.communityId(), "Refund",
                when(RuleTrigger.of(TriggerKind.REFUND), List.of(), new RuleAction(ActionKind.NOTIFY, "refund", null)));
        UUID review = data.rule(tenant.tenantId(), tenant.communityId(), "Bad review",
                when(RuleTrigger.of(TriggerKind.REVIEW_AT_MOST, 2), List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Answer within 24 h", 24)));

        UUID member = money.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        OfferSummary course = money.offer(tenant.admin(), "Course", OfferType.PAID_KNOWLEDGE, "19.90", "CNY",
                tenant.communityId());
        OrderSummary one = money.order(tenant.operator(), tenant.communityId(), member, course, "19.90",
                MoneyTestData.daysAgo(2));
        money.order(tenant.operator(), tenant.communityId(), member, course, "19.90", MoneyTestData.daysAgo(1));
        SignedIn.run(tenant.operator(), () -> {
            orders.refund(one.id(), new BigDecimal("5.00"), "partly");
            ReviewForm stars = new ReviewForm();
            stars.setMemberId(member);
            stars.setRating(2);
            stars.setText("Too fast");
            orders.review(one.id(), stars);
            ReviewForm good = new ReviewForm();
            good.setMemberId(member);
            good.setRating(5);
            orders.review(one.id(), good);
        });
        work.run(tenant.tenantId());

        assertThat(data.runs(tenant.tenantId(), first)).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
        assertThat(data.runs(tenant.tenantId(), again)).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
        assertThat(data.runs(tenant.tenantId(), refund)).singleElement()
                .satisfies(run -> assertThat(run.inputs()).containsEntry("amount", "5.00"));
        assertThat(data.runs(tenant.tenantId(), review)).as("the five-star review fires nothing").singleElement()
                .satisfies(run -> assertThat(run.inputs()).containsEntry("stars", 2));
        assertThat(data.count(tenant.tenantId(),
                "select count(*) from member where id = ? and tags @> array['buyer', 'repeat-buyer']::varchar[]",
                member)).isEqualTo(1);
    }

    @Test
    void anImportsNewMembershipsFireJoinRules(@TempDir Path dir) throws Exception {
        UUID rule = data.rule(tenant.tenantId(), tenant.communityId(), "Welcome imported",
                when(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "welcomed", null)));
        Path file = dir.resolve("members.csv");
        Files.writeString(file, """
                name,handle,status,joined
                Ada,ada,joined,2026-11-01
                Grace,grace,joined,2026-11-02
                Linus,linus,PENDING_REVIEW,
                """, StandardCharsets.UTF_8);
        SignedIn.as(tenant.admin(), () -> imports.importFile(tenant.communityId(), file, ImportSettings.DETECT,
                ImportProgress.NONE));
        assertThat(data.count(tenant.tenantId(), "select count(*) from automation_signal where kind = 'MEMBER_JOINED'"))
                .isEqualTo(2);
        assertThat(data.count(tenant.tenantId(), "select count(*) from automation_signal where kind = 'MEMBER_APPLIED'"))
                .isEqualTo(1);
        work.run(tenant.tenantId());
        assertThat(data.runs(tenant.tenantId(), rule)).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
    }
}

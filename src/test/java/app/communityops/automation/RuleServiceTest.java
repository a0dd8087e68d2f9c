package app.communityops.automation;

import static app.communityops.automation.RuleTestData.form;
import static app.communityops.automation.RuleTestData.task;
import static app.communityops.automation.RuleTestData.welcomeTask;
import static app.communityops.automation.RuleTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierForm;
import app.communityops.members.MemberTierSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RuleServiceTest {

    @Autowired
    RuleService rules;
    @Autowired
    MemberListService memberLists;
    @Autowired
    TestTenants tenants;
    @Autowired
    FeatureBundlesI18NProvider texts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void aNewRuleIsSavedAsADisabledDraftWithItsTriggerKindAndAnAuditEntry() {
        RuleSummary saved = SignedIn.as(tenant.operator(), () -> rules.create(tenant.communityId(),
                form("  Welcome  ", with(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 14),
                        List.of(new RuleCondition(ConditionKind.MEMBER_HAS_TAG, " vip ")), task(" Call them ", 48)))));

        assertThat(saved.enabled()).isFalse();
        assertThat(saved.name()).isEqualTo("Welcome");
        assertThat(saved.communityId()).isEqualTo(tenant.communityId());
        assertThat(saved.definition().conditions()).containsExactly(
                new RuleCondition(ConditionKind.MEMBER_HAS_TAG, "vip"));
        assertThat(saved.definition().actions()).containsExactly(task("Call them", 48));
        inTransaction(() -> {
            assertThat(jdbc.queryForObject("select trigger_kind from automation_rule where id = ?", String.class,
                    saved.id())).isEqualTo("MEMBER_SILENT");
            assertThat(jdbc.queryForObject("select definition -> 'trigger' ->> 'number' from automation_rule where id = ?",
                    String.class, saved.id())).isEqualTo("14");
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_entry where entity_type = 'Rule' and entity_id = ?""", Integer.class,
                    saved.id().toString())).isEqualTo(1);
        });
    }

    @Test
    void enablingDisablingEditingAndDeletingKeepTheTriggerKindInStepAndLockOptimistically() {
        SignedIn.run(tenant.admin(), () -> {
            RuleSummary draft = rules.create(null, form("Everywhere", welcomeTask()));
            RuleSummary enabled = rules.setEnabled(draft.id(), draft.version(), true);
            assertThat(enabled.enabled()).isTrue();
            assertThat(enabled.tenantWide()).isTrue();

            RuleSummary edited = rules.update(draft.id(), enabled.version(),
                    form("Everywhere", with(RuleTrigger.schedule("0 0 9 * * MON"), List.of(), task("Plan", 8))));
            inTransaction(() -> assertThat(jdbc.queryForObject("select trigger_kind from automation_rule where id = ?",
                    String.class, draft.id())).isEqualTo("SCHEDULE"));
            assertThatThrownBy(() -> rules.update(draft.id(), enabled.version(), form("Stale", welcomeTask())))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> rules.setEnabled(draft.id(), draft.version(), false))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> rules.delete(draft.id(), enabled.version()))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(rules.find(draft.id())).get().extracting(RuleSummary::name).isEqualTo("Everywhere");

            rules.delete(draft.id(), edited.version());
            assertThat(rules.find(draft.id())).isEmpty();
        });
    }

    @Test
    void listsFilterByCommunityAndTenantWideAndOperatorsSeeOnlyTheirCommunities() {
        SignedIn.run(tenant.admin(), () -> {
            rules.create(null, form("Tenant-wide", welcomeTask()));
            rules.create(tenant.communityId(), form("Assigned", welcomeTask()));
            rules.create(tenant.unassignedCommunityId(), form("Unassigned", welcomeTask()));
            assertThat(rules.list(RuleScope.ALL)).extracting(RuleSummary::name)
                    .containsExactly("Tenant-wide", "Assigned", "Unassigned");
            assertThat(rules.list(RuleScope.TENANT_WIDE)).extracting(RuleSummary::name).containsExactly("Tenant-wide");
            assertThat(rules.list(RuleScope.community(tenant.communityId()))).extracting(RuleSummary::name)
                    .containsExactly("Assigned");
        });
        SignedIn.run(tenant.operator(), () -> {
            assertThat(rules.list(RuleScope.ALL)).extracting(RuleSummary::name).containsExactly("Assigned");
            assertThat(rules.list(RuleScope.TENANT_WIDE)).isEmpty();
            assertThat(rules.list(RuleScope.community(tenant.unassignedCommunityId()))).isEmpty();
            assertThat(rules.communitiesForRules()).extracting(c -> c.id()).containsExactly(tenant.communityId());
        });
    }

    @Test
    void operatorsReachOnlyTheirCommunitiesRulesAndNeverTenantWideOnes() {
        RuleSummary tenantWide = SignedIn.as(tenant.admin(), () -> rules.create(null, form("All", welcomeTask())));
        RuleSummary elsewhere = SignedIn.as(tenant.admin(),
                () -> rules.create(tenant.unassignedCommunityId(), form("Elsewhere", welcomeTask())));
        SignedIn.run(tenant.operator(), () -> {
            for (RuleSummary rule : List.of(tenantWide, elsewhere)) {
                assertThat(rules.find(rule.id())).isEmpty();
                assertThatThrownBy(() -> rules.update(rule.id(), rule.version(), form("Mine", welcomeTask())))
                        .isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> rules.setEnabled(rule.id(), rule.version(), true))
                        .isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> rules.delete(rule.id(), rule.version())).isInstanceOf(NotFoundException.class);
            }
            assertThatThrownBy(() -> rules.create(tenant.unassignedCommunityId(), form("Planted", welcomeTask())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rules.create(null, form("Everywhere", welcomeTask())))
                    .isInstanceOf(UserFacingException.class).extracting("field").isEqualTo("communityId");
        });
        // Another operator of the same tenant, not assigned to the community, sees nothing of its rules either.
        RuleSummary mine = SignedIn.as(tenant.operator(), () -> rules.create(tenant.communityId(),
                form("Mine", welcomeTask())));
        SignedIn.run(tenant.otherOperator(), () -> {
            assertThat(rules.list(RuleScope.ALL)).isEmpty();
            assertThatThrownBy(() -> rules.setEnabled(mine.id(), mine.version(), true))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void clientsAndPlatformAdminsAreRefusedAndAnotherTenantFindsNothing() {
        RuleSummary rule = SignedIn.as(tenant.admin(), () -> rules.create(tenant.communityId(),
                form("Ours", welcomeTask())));
        for (var outsider : List.of(tenant.clientUser(), tenants.platformAdmin())) {
            SignedIn.run(outsider, () -> {
                assertThatThrownBy(() -> rules.list(RuleScope.ALL)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rules.find(rule.id())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rules.create(tenant.communityId(), form("X", welcomeTask())))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rules.setEnabled(rule.id(), rule.version(), true))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        Fixture other = tenants.create();
        SignedIn.run(other.admin(), () -> {
            assertThat(rules.list(RuleScope.ALL)).isEmpty();
            assertThat(rules.find(rule.id())).isEmpty();
            assertThatThrownBy(() -> rules.delete(rule.id(), rule.version())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rules.create(tenant.communityId(), form("Planted", welcomeTask())))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    static Stream<Arguments> invalidRules() {
        RuleAction ok = task("Do it", 24);
        RuleTrigger joined = RuleTrigger.of(TriggerKind.MEMBER_JOINED);
        return Stream.of(
                Arguments.of("name", "Name", welcomeTask()),
                Arguments.of("trigger.number", "Trigger days",
                        with(new RuleTrigger(TriggerKind.MEMBER_SILENT, null, null, null), List.of(), ok)),
                Arguments.of("trigger.number", "Trigger days", with(RuleTrigger.of(TriggerKind.MEMBER_SILENT, 366),
                        List.of(), ok)),
                Arguments.of("trigger.number", "Trigger hours",
                        with(RuleTrigger.of(TriggerKind.ACTIVITY_STARTS_IN, 721), List.of(), ok)),
                Arguments.of("trigger.number", "Trigger count",
                        with(RuleTrigger.of(TriggerKind.WARNINGS_REACHED, 1001), List.of(), ok)),
                Arguments.of("trigger.number", "Trigger stars",
                        with(RuleTrigger.of(TriggerKind.REVIEW_AT_MOST, 6), List.of(), ok)),
                Arguments.of("trigger.number", "Trigger percent",
                        with(RuleTrigger.of(TriggerKind.CAPACITY_REACHED, 0), List.of(), ok)),
                Arguments.of("trigger.schedule", "Schedule", with(RuleTrigger.schedule("0 9 * * MON"),
                        List.of(), ok)),
                Arguments.of("trigger.schedule", "Schedule", with(RuleTrigger.schedule("0 0 25 * * MON"),
                        List.of(), ok)),
                Arguments.of("trigger.reference", "Activity type", with(new RuleTrigger(
                        TriggerKind.ATTENDANCE_REACHED, 3, null, UUID.randomUUID().toString()), List.of(), ok)),
                Arguments.of("conditions.0.kind", "Condition 1", with(RuleTrigger.of(TriggerKind.KPI_RED),
                        List.of(new RuleCondition(ConditionKind.MEMBER_HAS_TAG, "vip")), ok)),
                Arguments.of("conditions.0.kind", "Condition 1", with(joined,
                        List.of(new RuleCondition(ConditionKind.EVENT_AMOUNT_AT_LEAST, "10")), ok)),
                Arguments.of("conditions.1.value", "Condition 2 tag", with(joined,
                        List.of(new RuleCondition(ConditionKind.NO_PURCHASE_YET, null),
                                new RuleCondition(ConditionKind.MEMBER_LACKS_TAG, "x".repeat(41))), ok)),
                Arguments.of("conditions.0.value", "Condition 1 tier", with(joined,
                        List.of(new RuleCondition(ConditionKind.MEMBER_TIER_IS, UUID.randomUUID().toString())), ok)),
                Arguments.of("conditions.0.value", "Condition 1 acquisition channel", with(joined,
                        List.of(new RuleCondition(ConditionKind.MEMBER_CHANNEL_IS, "not an id")), ok)),
                Arguments.of("conditions.0.value", "Condition 1 status", with(joined,
                        List.of(new RuleCondition(ConditionKind.MEMBER_STATUS_IS, "ASLEEP")), ok)),
                Arguments.of("conditions.0.value", "Condition 1 number", with(joined,
                        List.of(new RuleCondition(ConditionKind.SILENT_DAYS_AT_LEAST, "400")), ok)),
                Arguments.of("conditions.0.value", "Condition 1 amount", with(
                        RuleTrigger.of(TriggerKind.FIRST_PURCHASE),
                        List.of(new RuleCondition(ConditionKind.EVENT_AMOUNT_AT_LEAST, "19.999")), ok)),
                Arguments.of("conditions", "Conditions", with(joined, java.util.Collections.nCopies(21,
                        new RuleCondition(ConditionKind.NO_PURCHASE_YET, null)), ok)),
                Arguments.of("actions", "Actions", with(joined, List.of())),
                Arguments.of("actions", "Actions", new RuleDefinition(joined, List.of(),
                        java.util.Collections.nCopies(21, ok))),
                Arguments.of("actions.0.kind", "Action 1", with(RuleTrigger.schedule("0 0 9 * * MON"), List.of(),
                        new RuleAction(ActionKind.ADD_TAG, "vip", null))),
                Arguments.of("actions.1.text", "Action 2 tag", with(joined, List.of(), ok,
                        new RuleAction(ActionKind.ADD_TAG, " ", null))),
                Arguments.of("actions.0.text", "Action 1 reason", with(joined, List.of(),
                        new RuleAction(ActionKind.WARN, "x".repeat(501), null))),
                Arguments.of("actions.0.text", "Action 1 message", with(joined, List.of(),
                        new RuleAction(ActionKind.NOTIFY, null, null))),
                Arguments.of("actions.0.text", "Action 1 task title", with(joined, List.of(), task("", 2))),
                Arguments.of("actions.0.dueInHours", "Action 1 due in hours", with(joined, List.of(),
                        task("Later", 2161))),
                Arguments.of("actions.0.dueInHours", "Action 1 due in hours", with(joined, List.of(),
                        new RuleAction(ActionKind.CREATE_TASK, "Whenever", null))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidRules")
    void eachRefusalNamesItsFieldInBothLanguages(String field, String label, RuleDefinition definition) {
        String name = field.equals("name") ? " " : "A rule";
        UserFacingException refusal = SignedIn.as(tenant.admin(), () -> {
            try {
                rules.create(tenant.communityId(), form(name, definition));
            } catch (UserFacingException expected) {
                return expected;
            }
            throw new AssertionError("saved although " + field + " is wrong");
        });
        assertThat(refusal.field()).isEqualTo(field);
        String english = texts.getTranslation(refusal.messageKey(), Locale.ENGLISH, refusal.arguments());
        assertThat(english).startsWith(label);
        assertThat(texts.getTranslation(refusal.messageKey(), Locale.SIMPLIFIED_CHINESE, refusal.arguments()))
                .doesNotStartWith("!").isNotEqualTo(english);
        SignedIn.run(tenant.admin(), () -> assertThat(rules.list(RuleScope.ALL)).isEmpty());
    }

    @Test
    void aRuleWhoseTierWasDeletedNeedsAttentionAndCannotBeEnabledUntilFixed() {
        SignedIn.run(tenant.admin(), () -> {
            MemberTierSummary gold = memberLists.createTier(MemberTierForm.of("Gold", 1));
            RuleSummary rule = rules.create(tenant.communityId(), form("Gold welcome", with(
                    RuleTrigger.of(TriggerKind.MEMBER_JOINED),
                    List.of(new RuleCondition(ConditionKind.MEMBER_TIER_IS, gold.id().toString())), task("Hi", 1))));
            assertThat(rule.needsAttention()).isFalse();

            memberLists.deleteTier(gold.id());

            RuleSummary listed = rules.list(RuleScope.ALL).getFirst();
            assertThat(listed.problems()).containsExactly(new RuleProblem(RuleProblem.Kind.TIER_MISSING, 1));
            assertThatThrownBy(() -> rules.setEnabled(rule.id(), listed.version(), true))
                    .isInstanceOf(UserFacingException.class).hasMessage("automation.error.needsAttention");
            RuleSummary fixed = rules.update(rule.id(), listed.version(), form("Gold welcome", welcomeTask()));
            assertThat(rules.setEnabled(rule.id(), fixed.version(), true).enabled()).isTrue();
        });
    }

    @Test
    void theNextFiringsOfAScheduleAreInTheTenantsZone() {
        List<ZonedDateTime> next = SignedIn.as(tenant.admin(), () -> rules.nextFirings("0 30 9 * * MON", 3));

        assertThat(next).hasSize(3);
        assertThat(next).allSatisfy(time -> {
            assertThat(time.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(time.getHour()).isEqualTo(9);
            assertThat(time.getMinute()).isEqualTo(30);
            assertThat(time.getZone().getId()).isEqualTo("Asia/Shanghai");
        });
        assertThat(next.get(1)).isEqualTo(next.get(0).plusWeeks(1));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> rules.nextFirings("every monday", 3)))
                .isInstanceOf(UserFacingException.class).extracting("field").isEqualTo("trigger.schedule");
    }

    /** Reads the table as the tenant's admin, in a transaction, where row-level security knows the tenant. */
    private void inTransaction(Runnable check) {
        SignedIn.run(tenant.admin(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> check.run()));
    }
}

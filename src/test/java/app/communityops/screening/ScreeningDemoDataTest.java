package app.communityops.screening;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.DemoMembers;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo seed gives a career community the source text's example, once. */
@IntegrationTest
class ScreeningDemoDataTest {

    @Autowired TestTenants tenants;
    @Autowired ScreeningTestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired DemoMembers members;
    @Autowired ScreeningPolicyService policies;
    @Autowired PositioningService positionings;
    @Autowired RedLineService redLines;
    @Autowired InvitationCodeService codes;
    @Autowired ReviewQueueService queue;
    @Autowired EliminationService elimination;
    @Autowired ScreeningStatsService stats;

    @Test
    void seedsPaidEntryAndTrialLessonsWithPositioningRedLinesCodesAndApplicants() {
        Fixture tenant = tenants.create();
        data.update(tenant, "update community set name = '互联网职场成长营 Career Growth Camp ' || name where id = ?",
                tenant.communityId());
        ScreeningDemoData seed = new ScreeningDemoData(jdbc, transactionManager, members, Clock.systemUTC());

        seed.seedCareerCommunity(tenant.tenantId());
        seed.seedCareerCommunity(tenant.tenantId());

        PolicyDetails policy = as(tenant.operator(), () -> policies.find(tenant.communityId()));
        assertThat(policy.combine()).isEqualTo(Combine.ALL);
        assertThat(policy.enabledMechanisms())
                .containsExactly(ScreeningMechanism.PAID_ENTRY, ScreeningMechanism.CONDITION_REVIEW);
        assertThat(policy.fee()).isEqualByComparingTo("19.9");
        assertThat(policy.conditions()).extracting(ConditionDetails::label)
                .containsExactly("三节免费试听课已完成 / three free trial lessons attended");
        PositioningDetails positioning = as(tenant.operator(), () -> positionings.find(tenant.communityId()));
        assertThat(positioning.values()).containsExactlyInAnyOrder(ValueTag.KNOWLEDGE, ValueTag.ANSWERS,
                ValueTag.NETWORK);
        assertThat(positioning.channelIds()).hasSize(3);
        assertThat(as(tenant.operator(), () -> redLines.list(tenant.communityId()))).extracting(RedLineDetails::text)
                .contains("发广告 / posting ads", "人身攻击 / personal attacks");
        assertThat(as(tenant.operator(), () -> codes.count(tenant.communityId()))).isEqualTo(3);
        assertThat(as(tenant.operator(), () -> queue.count(tenant.communityId()))).isEqualTo(2);
        assertThat(as(tenant.operator(), () -> elimination.candidates(tenant.communityId(), 0, 10)))
                .extracting(EliminationCandidate::memberHandle).containsExactly("camp-liuyang");
        PassRates rates = as(tenant.clientUser(), () -> stats.passRates(tenant.communityId()));
        assertThat(rates.decided()).isEqualTo(7);
        assertThat(rates.approved()).isEqualTo(6);
    }
}

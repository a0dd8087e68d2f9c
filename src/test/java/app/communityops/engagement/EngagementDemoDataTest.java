package app.communityops.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.DemoMembers;
import app.communityops.money.MoneyTestData;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo seed gives joined members months of events of several kinds, once, and their "last active" with them. */
@IntegrationTest
class EngagementDemoDataTest {

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired DemoMembers members;

    @Test
    void seedsEventsOfJoinedMembersOnceAndTheirLastActivity() {
        Fixture tenant = tenants.create();
        Fixture other = tenants.create();
        for (int i = 0; i < 20; i++) {
            data.joinedMember(tenant.admin(), tenant.communityId(), "active-" + i);
        }
        data.joinedMember(other.admin(), other.communityId(), "elsewhere");
        data.update(tenant, "update membership set applied_at = now() - interval '61 days',"
                + " joined_at = now() - interval '60 days', last_active_at = now() - interval '60 days'");
        EngagementDemoData seed = new EngagementDemoData(jdbc, transactionManager, members, Clock.systemUTC());

        seed.seedTenant(tenant.tenantId());
        long events = data.column(tenant, "select count(*) from engagement_event", Long.class).getFirst();
        seed.seedTenant(tenant.tenantId());

        assertThat(events).isGreaterThan(20);
        assertThat(data.column(tenant, "select count(*) from engagement_event", Long.class)).containsExactly(events);
        assertThat(data.column(tenant, "select count(distinct type) from engagement_event", Long.class).getFirst())
                .isGreaterThanOrEqualTo(4L);
        assertThat(data.column(tenant, "select count(*) from engagement_event where occurred_at > now()",
                Long.class)).containsExactly(0L);
        assertThat(data.column(tenant, """
                select count(*) from membership m where m.last_active_at = (select max(occurred_at)
                from engagement_event e where e.member_id = m.member_id and e.community_id = m.community_id)""",
                Long.class).getFirst()).isPositive();
        assertThat(data.column(other, "select count(*) from engagement_event", Long.class)).containsExactly(0L);
    }
}

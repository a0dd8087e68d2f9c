package app.communityops.members;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class MemberDemoSeedTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCommunitiesGetMembersAndTheCareerCampStaysWithinItsSeats() {
        Fixture tenant = tenants.create();
        tenants.community(tenant, "Product Managers Circle 产品经理圈", 3000);
        tenants.community(tenant, "Sunrise Bread Lovers", 480);
        UUID camp = tenants.community(tenant, "互联网职场成长营 Career Growth Camp", 500);

        int memberships = data.inTenant(tenant.tenantId(), () -> new MemberDemoSeed(jdbc, Instant.now(), List.of()).seed());

        assertThat(memberships).isGreaterThan(700);
        Map<String, Object> figures = data.inTenant(tenant.tenantId(), () -> jdbc.queryForMap("""
                select (select count(*) from membership where community_id = ? and status = 'JOINED') as seated,
                       (select count(distinct status) from membership) as statuses,
                       (select count(*) from member) as members,
                       (select count(*) from member_tier) as tiers,
                       (select count(*) from acquisition_channel) as channels,
                       (select count(*) from membership s join member m on m.id = s.member_id
                         where s.member_name <> m.name or s.member_handle <> m.handle or s.tags <> m.tags
                            or s.tier_id is distinct from m.tier_id) as stale_copies,
                       (select count(*) from membership s where not exists (
                            select 1 from membership_event e where e.membership_id = s.id)) as without_history""", camp));
        assertThat(((Number) figures.get("seated")).intValue()).isBetween(480, 500);
        assertThat(((Number) figures.get("statuses")).intValue()).isGreaterThanOrEqualTo(6);
        assertThat(((Number) figures.get("members")).intValue()).isGreaterThan(600);
        assertThat(figures).containsEntry("tiers", 4L).containsEntry("channels", 7L).containsEntry("stale_copies", 0L)
                .containsEntry("without_history", 0L);
    }
}

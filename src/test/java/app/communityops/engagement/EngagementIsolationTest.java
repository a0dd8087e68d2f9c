package app.communityops.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events are partitioned by month, and the tenant policy sits on the partitioned parent: read through the parent,
 * a tenant sees only its own events in every partition; the partitions themselves are not readable by the
 * application role at all. Services refuse other tenants', unassigned and client users' communities.
 */
@IntegrationTest
class EngagementIsolationTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    EngagementIngestService ingest;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TestTenants.Fixture tenant;
    private TestTenants.Fixture other;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        other = tenants.create();
        for (TestTenants.Fixture fixture : List.of(tenant, other)) {
            SignedIn.run(fixture.admin(), () -> {
                MemberForm form = new MemberForm();
                form.setName("Mia");
                form.setHandle("mia-" + fixture.tenantId());
                form.setExternalId("mia");
                members.addToCommunity(fixture.communityId(), form);
            });
        }
    }

    @Test
    void eachTenantSeesOnlyItsOwnEventsAcrossMonthsThroughTheParent() {
        Instant now = Instant.now();
        Instant lastMonth = now.minus(35, ChronoUnit.DAYS);
        SignedIn.run(tenant.admin(), () -> ingest.ingest(tenant.communityId(), "test",
                List.of(event("a", now.minus(1, ChronoUnit.HOURS)), event("b", lastMonth)), UnknownMembers.REJECT));
        SignedIn.run(other.admin(), () -> ingest.ingest(other.communityId(), "test",
                List.of(event("a", now.minus(1, ChronoUnit.HOURS))), UnknownMembers.REJECT));
        assertThat(count(tenant, "select count(*) from engagement_event")).isEqualTo(2);
        assertThat(count(other, "select count(*) from engagement_event")).isEqualTo(1);
        assertThat(count(other, "select count(*) from engagement_event where community_id = '"
                + tenant.communityId() + "'")).isZero();
        assertThat(count(other, "select count(*) from engagement_event_key where source = 'test'")).isEqualTo(1);
        assertThatThrownBy(() -> count(other, "insert into engagement_event (tenant_id, id, occurred_at, community_id,"
                + " member_id, type, source, created_at) values ('" + tenant.tenantId() + "', gen_random_uuid(), now(),"
                + " gen_random_uuid(), gen_random_uuid(), 'REPLY', 'x', now()) returning 1"))
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void theApplicationRoleCannotReadAPartitionDirectly() {
        SignedIn.run(tenant.admin(), () -> ingest.ingest(tenant.communityId(), "test",
                List.of(event(null, Instant.now().minusSeconds(60))), UnknownMembers.REJECT));
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String partition = "engagement_event_%d_%02d".formatted(month.getYear(), month.getMonthValue());
        assertThat(count(tenant, "select count(*) from pg_class where relname = '" + partition
                + "' and relispartition and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
        assertThatThrownBy(() -> count(tenant, "select count(*) from " + partition))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void servicesRefuseCommunitiesOutsideTheUsersReach() {
        List<EventInput> events = List.of(event(null, Instant.now().minusSeconds(60)));
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> ingest.ingest(other.communityId(), "test", events,
                UnknownMembers.REJECT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> ingest.ingest(tenant.unassignedCommunityId(),
                "test", events, UnknownMembers.REJECT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(), () -> ingest.ingest(tenant.communityId(), "test",
                events, UnknownMembers.REJECT))).isInstanceOf(AccessDeniedException.class);
        assertThat(count(tenant, "select count(*) from engagement_event")).isZero();
        assertThat(count(other, "select count(*) from engagement_event")).isZero();
    }

    private static EventInput event(String key, Instant at) {
        return new EventInput(key, EngagementType.MESSAGE_POSTED, null, new MemberRef("mia", null), at, null, null,
                null);
    }

    private int count(TestTenants.Fixture fixture, String sql) {
        Integer count = TenantContext.callAs(fixture.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject(sql, Integer.class)));
        return count == null ? 0 : count;
    }
}

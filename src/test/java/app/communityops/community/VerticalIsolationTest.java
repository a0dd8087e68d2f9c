package app.communityops.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant B can neither see nor change tenant A's verticals: not through the service, not in raw SQL under
 * row-level security, and a community of B cannot be put into A's vertical.
 */
@IntegrationTest
class VerticalIsolationTest {

    @Autowired
    VerticalService verticals;
    @Autowired
    CommunityService communities;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture a;
    Fixture b;
    VerticalSummary aOwn;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        aOwn = SignedIn.as(a.admin(), () -> verticals.create("A's own vertical"));
    }

    @Test
    void theOtherTenantsAdminFindsNothingAndChangesNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThat(verticals.verticals()).extracting(VerticalSummary::id).doesNotContain(aOwn.id());
            assertThat(verticals.usage()).doesNotContainKey(aOwn.id());
            assertThatThrownBy(() -> verticals.rename(aOwn.id(), aOwn.version(), "Taken over"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verticals.delete(aOwn.id(), null)).isInstanceOf(NotFoundException.class);
            CommunitySummary mine = communities.readable(b.communityId());
            CommunityForm form = CommunityForm.of(mine);
            form.setVerticalId(aOwn.id());
            assertThatThrownBy(() -> communities.update(mine.id(), mine.version(), form))
                    .isInstanceOf(app.communityops.shared.UserFacingException.class);
            assertThat(communities.comparables()).extracting(PeerCommunity::verticalId).doesNotContain(aOwn.id());
        });
        assertThat(SignedIn.as(a.admin(), verticals::verticals)).extracting(VerticalSummary::name)
                .contains("A's own vertical");
    }

    @Test
    void rawSqlUnderTheOtherTenantReadsAndChangesNothing() {
        inTenant(b.tenantId(), () -> {
            assertThat(jdbc.queryForObject("select count(*) from community_vertical where tenant_id = ?",
                    Integer.class, a.tenantId())).isZero();
            assertThat(jdbc.update("update community_vertical set name = 'x' where tenant_id = ?", a.tenantId()))
                    .isZero();
            assertThat(jdbc.update("delete from community_vertical where tenant_id = ?", a.tenantId())).isZero();
            return null;
        });
        assertThatThrownBy(() -> inTenant(b.tenantId(), () -> jdbc.update("""
                insert into community_vertical (tenant_id, id, seed_key, name, position, created_at, version)
                values (?, ?, null, 'planted', 9, now(), 0)""", a.tenantId(), UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> inTenant(b.tenantId(), () -> jdbc.update(
                "update community set vertical_id = ? where id = ?", aOwn.id(), b.communityId())))
                .as("a community of B cannot point at A's vertical").isInstanceOf(DataAccessException.class);
        assertThat(inTenant(a.tenantId(), () -> jdbc.queryForObject(
                "select name from community_vertical where id = ?", String.class, aOwn.id())))
                .isEqualTo("A's own vertical");
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}

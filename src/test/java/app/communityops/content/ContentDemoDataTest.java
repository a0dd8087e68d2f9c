package app.communityops.content;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo seed gives a career community a rulebook and content in every status, once. */
@IntegrationTest
class ContentDemoDataTest {

    @Autowired TestTenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired RulebookService rulebook;
    @Autowired ContentService content;

    @Test
    void seedsTheCareerCommunityOnce() {
        Fixture tenant = tenants.create();
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update community set name = '互联网职场成长营 Career Growth Camp' where id = ?",
                        tenant.communityId())));
        ContentDemoData seed = new ContentDemoData(jdbc, transactionManager, Clock.systemUTC());
        seed.seedTenant(tenant.tenantId());
        seed.seedTenant(tenant.tenantId());

        assertThat(as(tenant.admin(), () -> rulebook.items(tenant.communityId()))).hasSize(7)
                .allSatisfy(item -> assertThat(as(tenant.admin(), () -> rulebook.history(item.id()))).hasSize(1));
        assertThat(as(tenant.admin(), () -> content.list(tenant.communityId(), ContentFilter.ANY, 0, 50)))
                .hasSize(6).extracting(ContentDetails::status).containsExactlyInAnyOrder(ContentStatus.values()[0],
                        ContentStatus.DRAFT, ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED,
                        ContentStatus.PUBLISHED, ContentStatus.PUBLISHED);
        assertThat(as(tenant.clientUser(), () -> content.list(tenant.communityId(), ContentFilter.ANY, 0, 50)))
                .hasSize(2).allSatisfy(item -> assertThat(item.engagement().recorded()).isTrue());
    }
}

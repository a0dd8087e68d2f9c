package app.communityops.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.DemoMembers;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo seed sells the source text's offers to joined members over six months, once. */
@IntegrationTest
class MoneyDemoDataTest {

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MoneyFiguresService figures;
    @Autowired DemoMembers members;

    @Test
    void seedsOffersOrdersRefundsAndReviewsOnce() {
        Fixture tenant = tenants.create();
        for (int i = 0; i < 30; i++) {
            data.joinedMember(tenant.admin(), tenant.communityId(), "demo-" + i);
        }
        MoneyDemoData seed = new MoneyDemoData(jdbc, transactionManager, members, Clock.systemUTC());

        seed.seedTenant(tenant.tenantId());
        long orders = data.column(tenant, "select count(*) from money_order", Long.class).getFirst();
        seed.seedTenant(tenant.tenantId());

        assertThat(data.column(tenant, "select count(*) from offer", Long.class)).containsExactly(5L);
        assertThat(orders).isPositive();
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(orders);
        assertThat(data.column(tenant, "select count(distinct currency) from money_order", Long.class).getFirst())
                .isPositive();
        MoneyFigures shown = SignedIn.as(tenant.clientUser(), () -> figures.community(tenant.communityId(),
                LocalDate.now().minusDays(200), LocalDate.now().plusDays(1)));
        assertThat(shown.orders()).isPositive();
        assertThat(shown.firstPurchaseRate().percent()).isNotNull();
    }
}

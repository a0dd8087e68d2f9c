package app.communityops.members;

import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo tenant its members once: tiers, acquisition channels and several hundred members with their
 * histories across the Demo Agency's communities, the career camp close to its 500 seats. Runs after the demo
 * tenants exist, through the application role and row-level security, in one transaction.
 */
@Component
public class MemberDemoData {

    private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MemberDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Seeds the tenant's members unless it has tiers already. {@code careerRedLines} are the career camp's red
     * lines (screening's rows), which its warnings and eliminations cite.
     */
    public void seed(UUID tenant, List<UUID> careerRedLines) {
        Integer seeded = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            Integer tiers = jdbc.queryForObject("select count(*) from member_tier", Integer.class);
            if (tiers != null && tiers > 0) {
                return 0;
            }
            return new MemberDemoSeed(jdbc, clock.instant(), careerRedLines).seed();
        }));
        if (seeded != null && seeded > 0) {
            log.info("Demo members created: {} memberships", seeded);
        }
    }
}

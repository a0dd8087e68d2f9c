package app.communityops.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberMatchService;
import app.communityops.members.MemberMatchSummary;
import app.communityops.members.MemberService;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest's memory of which member a handle names, on a node that did not make a merge: two nodes share one
 * database, the tenant admin merges two records through the other node, and this node's next batch names the kept
 * person, not the deleted record it remembered (whose events would have been lost to every figure).
 */
@IntegrationTest
class MemberResolverNodesTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberService members;
    @Autowired
    MemberMatchService matches;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aMergeThroughAnotherNodeIsNoticedAtThisNodesNextBatch() {
        TestTenants.Fixture tenant = tenants.create();
        UUID person = SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(),
                member("Lin Wei"))).memberId();
        // The operator does not reach the person: a separate record is kept, with a merge suggestion.
        UUID separate = SignedIn.as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                member("Lin"))).memberId();
        assertThat(separate).isNotEqualTo(person);

        MemberResolver thisNode = new MemberResolver(jdbc, Clock.systemUTC());
        assertThat(resolve(thisNode, tenant)).isEqualTo(separate);

        // Through the other node: this node's resolver is not told by an event.
        SignedIn.run(tenant.admin(), () -> {
            MemberMatchSummary match = matches.open().getFirst();
            matches.merge(match.id(), match.version());
        });

        assertThat(resolve(thisNode, tenant)).as("the kept person, not the merged-away record").isEqualTo(person);
    }

    private UUID resolve(MemberResolver resolver, TestTenants.Fixture tenant) {
        MemberRef lin = new MemberRef(null, "lin");
        Map<String, UUID> found = TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(
                transactionManager).execute(status -> resolver.resolve(tenant.communityId(), Map.of(lin.key(), lin))));
        return found.get(lin.key());
    }

    private static MemberForm member(String name) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle("lin");
        return form;
    }
}

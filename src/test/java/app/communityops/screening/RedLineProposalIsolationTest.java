package app.communityops.screening;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Another tenant can neither see, change nor plant red line proposals, through the service or in raw SQL. */
@IntegrationTest
class RedLineProposalIsolationTest {

    @Autowired TestTenants tenants;
    @Autowired RedLineService redLines;
    @Autowired ApprovalPolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    Fixture other;
    RedLineDetails line;
    RedLineProposalDetails proposal;

    @BeforeEach
    void proposed() {
        tenant = tenants.create();
        other = tenants.create();
        line = as(tenant.operator(), () -> redLines.add(tenant.communityId(), RedLineForm.of("Posting ads")));
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.TENANT_ADMINS))));
        proposal = as(tenant.operator(),
                () -> redLines.proposeUpdate(line.id(), line.version(), RedLineForm.of("Posting ads or links")));
    }

    @Test
    void anotherTenantsStaffFindNothing() {
        assertThatThrownBy(() -> as(other.admin(), () -> redLines.proposals(tenant.communityId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.admin(), () -> {
            redLines.withdrawProposal(proposal.id(), proposal.version());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.operator(),
                () -> redLines.proposeAdd(tenant.communityId(), RedLineForm.of("Planted"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenant.admin(), () -> redLines.proposals(tenant.communityId())))
                .extracting(RedLineProposalDetails::status).containsExactly("PENDING");
    }

    @Test
    void rawSqlUnderAnotherTenantSeesAndChangesNothing() {
        TenantContext.runAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    assertThat(jdbc.queryForObject("select count(*) from red_line_proposal where tenant_id = ?",
                            Long.class, tenant.tenantId())).isZero();
                    assertThat(jdbc.update("update red_line_proposal set text = 'taken' where id = ?",
                            proposal.id())).isZero();
                    assertThat(jdbc.update("delete from red_line_proposal where tenant_id = ?", tenant.tenantId()))
                            .isZero();
                    assertThatThrownBy(() -> jdbc.update("""
                            insert into red_line_proposal (tenant_id, id, community_id, action, text, active, status,
                                                           proposed_by, proposed_by_name, created_at, version)
                            values (?, ?, ?, 'ADD', 'Planted', true, 'PENDING', ?, 'x', ?, 0)""", tenant.tenantId(),
                            UUID.randomUUID(), tenant.communityId(), UUID.randomUUID(), Timestamp.from(Instant.now())))
                            .isInstanceOf(DataAccessException.class);
                }));
        assertThat(as(tenant.admin(), () -> redLines.proposals(tenant.communityId())))
                .extracting(RedLineProposalDetails::text).containsExactly("Posting ads or links");
    }
}

package app.communityops.content;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStatus;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.SubjectType;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rulebook changes under approval: proposed, shown as pending, applied only on the final approval. */
@IntegrationTest
class RulebookApprovalTest {

    @Autowired TestTenants tenants;
    @Autowired RulebookService rulebook;
    @Autowired ApprovalService approvals;
    @Autowired ApprovalPolicyService policies;

    Fixture tenant;
    RulebookItemDetails slogan;

    @BeforeEach
    void requireApproval() {
        tenant = tenants.create();
        slogan = as(tenant.operator(), () -> rulebook.add(tenant.communityId(), RulebookKind.SLOGAN, "Grow together"));
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.TENANT_ADMINS, ApprovalStep.CLIENT_USERS))));
    }

    @Test
    void aChangeIsProposedShownAsPendingAndAppliedOnlyOnTheFinalApproval() {
        assertRefused(() -> rulebook.add(tenant.communityId(), RulebookKind.FORBIDDEN, "Spam"),
                "rulebook.error.approvalRequired");
        assertRefused(() -> rulebook.update(slogan.id(), slogan.version(), "Grow"), "rulebook.error.approvalRequired");
        assertThat(as(tenant.operator(), () -> rulebook.approvalRequired(tenant.communityId()))).isTrue();

        RulebookProposalDetails proposed = as(tenant.operator(),
                () -> rulebook.proposeUpdate(slogan.id(), slogan.version(), "Grow together, kindly"));
        assertThat(as(tenant.clientUser(), () -> rulebook.proposals(tenant.communityId())))
                .extracting(RulebookProposalDetails::beforeText, RulebookProposalDetails::text,
                        RulebookProposalDetails::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Grow together", "Grow together, kindly",
                        "PENDING"));
        assertRefused(() -> rulebook.proposeRemove(slogan.id(), slogan.version()), "rulebook.error.proposalPending");

        decide(tenant.admin(), true, "");
        assertThat(texts()).containsExactly("Grow together");
        ApprovalSummary atClient = as(tenant.clientUser(), approvals::waitingForMe).getFirst();
        assertThat(as(tenant.clientUser(), () -> approvals.find(atClient.id())).previewHtml())
                .contains("<del>Grow together</del>", "<ins>Grow together, kindly</ins>");
        decide(tenant.clientUser(), true, "Yes");

        assertThat(texts()).containsExactly("Grow together, kindly");
        assertThat(as(tenant.admin(), () -> rulebook.history(slogan.id())).getLast().changedByName())
                .isEqualTo(tenant.operator().displayName());
        assertThat(as(tenant.operator(), () -> rulebook.proposals(tenant.communityId()))).isEmpty();
        assertThat(proposed.requestId()).isNotNull();
    }

    @Test
    void askingForChangesLeavesTheRulebookAsItWasWithTheComment() {
        as(tenant.operator(), () -> rulebook.proposeAdd(tenant.communityId(), RulebookKind.FORBIDDEN, "No ads"));
        decide(tenant.admin(), false, "Name which ads");
        assertThat(as(tenant.operator(), () -> rulebook.items(tenant.communityId())))
                .extracting(RulebookItemDetails::kind).doesNotContain(RulebookKind.FORBIDDEN);
        RulebookProposalDetails sentBack = as(tenant.operator(), () -> rulebook.proposals(tenant.communityId()))
                .getFirst();
        assertThat(sentBack.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(sentBack.comment()).isEqualTo("Name which ads");

        as(tenant.operator(), () -> {
            rulebook.withdrawProposal(sentBack.id(), sentBack.version());
            return null;
        });
        assertThat(as(tenant.operator(), () -> rulebook.proposals(tenant.communityId()))).isEmpty();
    }

    @Test
    void anApprovedRemovalRetiresTheItemAndAWithdrawnProposalEndsItsRequest() {
        as(tenant.operator(), () -> rulebook.proposeRemove(slogan.id(), slogan.version()));
        decide(tenant.admin(), true, "");
        decide(tenant.clientUser(), true, "");
        assertThat(texts()).isEmpty();

        RulebookProposalDetails added = as(tenant.operator(),
                () -> rulebook.proposeAdd(tenant.communityId(), RulebookKind.SLOGAN, "Learn by doing"));
        as(tenant.operator(), () -> {
            rulebook.withdrawProposal(added.id(), added.version());
            return null;
        });
        assertThat(as(tenant.admin(), approvals::waitingForMe)).isEmpty();
        assertThat(as(tenant.admin(), () -> approvals.latest(SubjectType.RULEBOOK, List.of(added.id()))))
                .isEmpty();
        assertThat(as(tenant.operator(), approvals::submittedByMe)).extracting(ApprovalSummary::status)
                .contains(ApprovalStatus.WITHDRAWN, ApprovalStatus.APPROVED);
    }

    private void decide(app.communityops.shared.AppPrincipal user, boolean approve, String comment) {
        ApprovalSummary request = as(user, approvals::waitingForMe).getFirst();
        as(user, () -> approvals.decide(request.id(), request.version(), approve, comment));
    }

    private List<String> texts() {
        return as(tenant.operator(), () -> rulebook.items(tenant.communityId())).stream()
                .filter(item -> item.kind() == RulebookKind.SLOGAN).map(RulebookItemDetails::text).toList();
    }

    private void assertRefused(Supplier<?> call, String key) {
        assertThatThrownBy(() -> as(tenant.operator(), call)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}

package app.communityops.screening;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStatus;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.SubjectType;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Red lines are rulebook changes too: under approval they are proposed and applied only on the final approval. */
@IntegrationTest
class RedLineApprovalTest {

    @Autowired TestTenants tenants;
    @Autowired RedLineService redLines;
    @Autowired ApprovalService approvals;
    @Autowired ApprovalPolicyService policies;

    Fixture tenant;
    RedLineDetails ads;

    @BeforeEach
    void oneLine() {
        tenant = tenants.create();
        ads = as(tenant.operator(), () -> redLines.add(tenant.communityId(), RedLineForm.of("Posting ads")));
    }

    private void requireApproval() {
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.TENANT_ADMINS, ApprovalStep.CLIENT_USERS))));
    }

    @Test
    void withoutAPolicyAChangeAppliesAtOnce() {
        assertThat(as(tenant.operator(), () -> redLines.approvalRequired(tenant.communityId()))).isFalse();
        RedLineDetails reworded = as(tenant.operator(),
                () -> redLines.update(ads.id(), ads.version(), RedLineForm.of("Posting ads or links")));
        as(tenant.operator(), () -> redLines.setActive(reworded.id(), reworded.version(), false));
        assertThat(lines()).containsExactly(tuple("Posting ads or links", false));
        assertThat(as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))).isEmpty();
        assertRefused(() -> redLines.proposeAdd(tenant.communityId(), RedLineForm.of("Spam")),
                "approval.error.notRequired");
        // A content-only policy leaves red lines free.
        as(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, false, List.of(ApprovalStep.TENANT_ADMINS))));
        as(tenant.operator(), () -> redLines.add(tenant.communityId(), RedLineForm.of("Spam")));
        assertThat(lines()).hasSize(2);
    }

    @Test
    void aRewordIsProposedShownAsPendingAndAppliedOnlyOnTheFinalApprovalAsTheAuthorsChange() {
        requireApproval();
        assertRefused(() -> redLines.add(tenant.communityId(), RedLineForm.of("Spam")),
                "screening.redLines.error.approvalRequired");
        assertRefused(() -> redLines.update(ads.id(), ads.version(), RedLineForm.of("Ads")),
                "screening.redLines.error.approvalRequired");
        assertRefused(() -> redLines.setActive(ads.id(), ads.version(), false),
                "screening.redLines.error.approvalRequired");
        assertThat(as(tenant.operator(), () -> redLines.approvalRequired(tenant.communityId()))).isTrue();

        RedLineProposalDetails proposed = as(tenant.operator(),
                () -> redLines.proposeUpdate(ads.id(), ads.version(), RedLineForm.of("Posting ads or QR codes")));
        assertThat(proposed.requestId()).isNotNull();
        assertThat(as(tenant.clientUser(), () -> redLines.proposals(tenant.communityId())))
                .extracting(RedLineProposalDetails::action, RedLineProposalDetails::beforeText,
                        RedLineProposalDetails::text, RedLineProposalDetails::status)
                .containsExactly(tuple("REWORD", "Posting ads", "Posting ads or QR codes", "PENDING"));
        assertRefused(() -> redLines.proposeActive(ads.id(), ads.version(), false),
                "screening.redLines.error.proposalPending");

        decide(tenant.admin(), true, "");
        assertThat(lines()).containsExactly(tuple("Posting ads", true));
        ApprovalSummary atClient = as(tenant.clientUser(), approvals::waitingForMe).getFirst();
        assertThat(atClient.type()).isEqualTo(SubjectType.RED_LINE);
        assertThat(as(tenant.clientUser(), () -> approvals.find(atClient.id())).previewHtml())
                .contains("<del>Posting ads</del>", "<ins>Posting ads or QR codes</ins>");
        decide(tenant.clientUser(), true, "Fine");

        assertThat(lines()).containsExactly(tuple("Posting ads or QR codes", true));
        RedLineChange last = as(tenant.admin(), () -> redLines.history(ads.id())).getLast();
        assertThat(last.text()).isEqualTo("Posting ads or QR codes");
        assertThat(last.changedByName()).isEqualTo(tenant.operator().displayName());
        assertThat(as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))).isEmpty();
    }

    @Test
    void aNewLineAndASwitchOffWaitForApprovalAndPreviewWhatComesAndWhatGoes() {
        requireApproval();
        as(tenant.operator(), () -> redLines.proposeAdd(tenant.communityId(), RedLineForm.of("Selling accounts")));
        decide(tenant.admin(), true, "");
        ApprovalSummary addition = as(tenant.clientUser(), approvals::waitingForMe).getFirst();
        assertThat(as(tenant.clientUser(), () -> approvals.find(addition.id())).previewHtml())
                .contains("<ins>Selling accounts</ins>").doesNotContain("<del>");
        decide(tenant.clientUser(), true, "");
        assertThat(lines()).containsExactly(tuple("Posting ads", true), tuple("Selling accounts", true));

        as(tenant.operator(), () -> redLines.proposeActive(ads.id(), ads.version(), false));
        assertThat(lines()).contains(tuple("Posting ads", true));
        decide(tenant.admin(), true, "");
        ApprovalSummary switchOff = as(tenant.clientUser(), approvals::waitingForMe).getFirst();
        assertThat(as(tenant.clientUser(), () -> approvals.find(switchOff.id())).previewHtml())
                .contains("<del>Posting ads</del>").doesNotContain("<ins>");
        decide(tenant.clientUser(), true, "");
        assertThat(lines()).containsExactly(tuple("Posting ads", false), tuple("Selling accounts", true));
    }

    @Test
    void askingForChangesLeavesTheLinesAsTheyWereWithTheCommentAndStaffWithdraw() {
        requireApproval();
        as(tenant.operator(), () -> redLines.proposeAdd(tenant.communityId(), RedLineForm.of("No ads")));
        decide(tenant.admin(), false, "Say which ads");
        assertThat(lines()).containsExactly(tuple("Posting ads", true));
        RedLineProposalDetails sentBack = as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))
                .getFirst();
        assertThat(sentBack.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(sentBack.comment()).isEqualTo("Say which ads");
        as(tenant.operator(), () -> {
            redLines.withdrawProposal(sentBack.id(), sentBack.version());
            return null;
        });
        assertThat(as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))).isEmpty();

        RedLineProposalDetails open = as(tenant.operator(),
                () -> redLines.proposeActive(ads.id(), ads.version(), false));
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> {
            redLines.withdrawProposal(open.id(), open.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        as(tenant.operator(), () -> {
            redLines.withdrawProposal(open.id(), open.version());
            return null;
        });
        assertThat(as(tenant.admin(), approvals::waitingForMe)).isEmpty();
        assertThat(as(tenant.admin(), () -> approvals.latest(SubjectType.RED_LINE, List.of(open.id())))).isEmpty();
        assertThat(as(tenant.operator(), approvals::submittedByMe)).extracting(ApprovalSummary::status)
                .containsExactlyInAnyOrder(ApprovalStatus.WITHDRAWN, ApprovalStatus.CHANGES_REQUESTED);
        assertThat(lines()).containsExactly(tuple("Posting ads", true));
    }

    private void decide(AppPrincipal user, boolean approve, String comment) {
        ApprovalSummary request = as(user, approvals::waitingForMe).getFirst();
        as(user, () -> approvals.decide(request.id(), request.version(), approve, comment));
    }

    private List<Tuple> lines() {
        return as(tenant.operator(), () -> redLines.list(tenant.communityId())).stream()
                .map(line -> tuple(line.text(), line.active())).toList();
    }

    private void assertRefused(Supplier<?> call, String key) {
        assertThatThrownBy(() -> as(tenant.operator(), call)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}

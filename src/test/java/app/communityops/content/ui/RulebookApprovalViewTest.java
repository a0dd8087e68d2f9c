package app.communityops.content.ui;

import static app.communityops.content.ui.ContentUi.button;
import static app.communityops.content.ui.ContentUi.byId;
import static app.communityops.content.ui.ContentUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.content.ContentNavigation;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookProposalDetails;
import app.communityops.content.RulebookService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rulebook under an approval policy: changes are proposed, listed as not yet applied, and can be taken back. */
class RulebookApprovalViewTest extends KaribuTest {

    @Autowired RulebookService rulebook;
    @Autowired ApprovalPolicyService policies;

    Fixture tenant;

    @BeforeEach
    void requireApproval() {
        tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.CLIENT_USERS))));
    }

    @Test
    void anOperatorProposesARuleWhichWaitsAndCanBeTakenBack() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        assertThat(text("rulebook-approval-note")).contains("proposed for approval");
        _assertNone(Div.class, spec -> spec.withId("rulebook-proposals"));

        byId(TextArea.class, "rulebook-add-text-forbidden").setValue("No ads");
        _click(button("rulebook-add-forbidden"));
        assertThat(text("rulebook-forbidden")).as("not applied yet").contains("Nothing written down yet.");
        RulebookProposalDetails proposal = SignedIn.as(tenant.operator(),
                () -> rulebook.proposals(tenant.communityId())).getFirst();
        assertThat(text("rulebook-proposals")).contains("Forbidden", "new", "Waiting for approval", "No ads",
                tenant.operator().displayName());

        _click(button("rulebook-proposal-withdraw-" + proposal.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        _assertNone(Div.class, spec -> spec.withId("rulebook-proposals"));
        assertThat(SignedIn.as(tenant.operator(), () -> rulebook.proposals(tenant.communityId()))).isEmpty();
    }

    @Test
    void aClientSeesWhatIsPendingButCannotTakeItBack() {
        RulebookProposalDetails proposal = SignedIn.as(tenant.operator(),
                () -> rulebook.proposeAdd(tenant.communityId(), RulebookKind.REWARD_HONORARY, "Member of the month"));
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        assertThat(text("rulebook-proposals")).contains("Member of the month", "Open the approval request");
        _assertNone(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("rulebook-proposal-withdraw-" + proposal.id()));
    }
}

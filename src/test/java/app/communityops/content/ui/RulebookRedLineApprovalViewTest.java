package app.communityops.content.ui;

import static app.communityops.content.ui.ContentUi.button;
import static app.communityops.content.ui.ContentUi.byId;
import static app.communityops.content.ui.ContentUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.content.ContentNavigation;
import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineProposalDetails;
import app.communityops.screening.RedLineService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rulebook's red lines under an approval policy: a change is proposed and shown pending, before and after. */
class RulebookRedLineApprovalViewTest extends KaribuTest {

    @Autowired RedLineService redLines;
    @Autowired ApprovalPolicyService policies;

    Fixture tenant;
    RedLineDetails ads;

    @BeforeEach
    void requireApproval() {
        tenant = tenants.create();
        ads = SignedIn.as(tenant.operator(), () -> redLines.add(tenant.communityId(), RedLineForm.of("Posting ads")));
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(false, true, List.of(ApprovalStep.CLIENT_USERS))));
    }

    @Test
    void anOperatorProposesANewRedLineWhichIsListedAsNotYetApplied() {
        login(tenant.operator());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        byId(TextField.class, "red-line-add-text").setValue("Selling accounts");
        _click(button("red-line-add"));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.list(tenant.communityId())))
                .extracting(RedLineDetails::text).as("not applied yet").containsExactly("Posting ads");
        RedLineProposalDetails proposal = SignedIn.as(tenant.operator(),
                () -> redLines.proposals(tenant.communityId())).getFirst();
        assertThat(text("rulebook-red-line-proposal-" + proposal.id())).contains("New red line",
                "Waiting for approval", "Selling accounts", tenant.operator().displayName());
        assertThat(button("rulebook-red-line-proposal-withdraw-" + proposal.id()).isEnabled()).isTrue();
    }

    @Test
    void aClientSeesTheRewordingBeforeAndAfterButCannotTakeItBack() {
        RedLineProposalDetails proposal = SignedIn.as(tenant.operator(),
                () -> redLines.proposeUpdate(ads.id(), ads.version(), RedLineForm.of("Posting ads or QR codes")));
        login(tenant.clientUser());
        UI.getCurrent().navigate(ContentNavigation.rulebookPath(tenant.communityId()));
        assertThat(text("rulebook-red-line-proposal-" + proposal.id())).contains("Reworded", "Posting ads",
                "Posting ads or QR codes", "Open the approval request");
        assertThat(byId(Span.class, "red-line-pending-" + ads.id()).getText())
                .isEqualTo("Change waiting for approval");
        _assertNone(Button.class, spec -> spec.withId("rulebook-red-line-proposal-withdraw-" + proposal.id()));
    }
}

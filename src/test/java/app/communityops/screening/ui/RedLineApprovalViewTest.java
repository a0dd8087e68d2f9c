package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.button;
import static app.communityops.screening.ui.ScreeningUi.byId;
import static app.communityops.screening.ui.ScreeningUi.notifications;
import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineProposalDetails;
import app.communityops.screening.RedLineService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The red lines on the elimination screen under an approval policy: changes wait, marked, and can be taken back. */
class RedLineApprovalViewTest extends KaribuTest {

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
    void anAddedLineAndASwitchOffAreProposedShownPendingAndWithdrawable() {
        login(tenant.operator());
        UI.getCurrent().navigate(ScreeningNavigation.eliminationPath(tenant.communityId()));
        assertThat(text("red-lines-approval-note")).contains("need approval");
        _assertNone(Div.class, spec -> spec.withId("red-line-proposals"));

        byId(TextField.class, "red-line-text").setValue("Selling accounts");
        _click(button("red-line-add"));
        assertThat(notifications()).anyMatch(message -> message.startsWith("Proposed for approval"));
        assertThat(ScreeningUi.<RedLineDetails>grid("red-lines-grid").getGenericDataView().getItems()
                .map(RedLineDetails::text))
                .as("not applied yet").containsExactly("Posting ads");
        assertThat(text("red-line-proposals")).contains("New red line", "Waiting for approval", "Selling accounts",
                tenant.operator().displayName(), "Open the approval request");

        _click(button("red-line-toggle-" + ads.id()));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.list(tenant.communityId())).getFirst().active())
                .as("still applies until approved").isTrue();
        assertThat(text("red-line-proposals")).contains("To be deactivated");
        assertThat(_get(Span.class, spec -> spec.withId("red-line-pending-" + ads.id())).getText())
                .isEqualTo("Change waiting for approval");
        assertThat(button("red-line-toggle-" + ads.id()).isEnabled()).as("one change at a time").isFalse();
        assertThat(byId(TextField.class, "red-line-" + ads.id()).isReadOnly()).isTrue();

        RedLineProposalDetails switchOff = SignedIn.as(tenant.operator(),
                () -> redLines.proposals(tenant.communityId())).getLast();
        _click(button("red-line-proposal-withdraw-" + switchOff.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.proposals(tenant.communityId())))
                .extracting(RedLineProposalDetails::text).containsExactly("Selling accounts");
        _assertNone(Span.class, spec -> spec.withId("red-line-pending-" + ads.id()));
        assertThat(button("red-line-toggle-" + ads.id()).isEnabled()).isTrue();
    }

    @Test
    void withoutAPolicyALineChangesAtOnce() {
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(),
                policies.forClient(tenant.clientId()).version(), new ApprovalSettings(false, false, List.of())));
        login(tenant.operator());
        UI.getCurrent().navigate(ScreeningNavigation.eliminationPath(tenant.communityId()));
        _assertNone(Span.class, spec -> spec.withId("red-lines-approval-note"));
        _click(button("red-line-toggle-" + ads.id()));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.list(tenant.communityId())).getFirst().active())
                .isFalse();
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))).isEmpty();
    }
}

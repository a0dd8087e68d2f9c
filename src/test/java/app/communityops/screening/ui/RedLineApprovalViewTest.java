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
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
        assertThat(lines().getGenericDataView().getItems().map(RedLineDetails::text))
                .as("not applied yet").containsExactly("Posting ads");
        assertThat(text("red-line-proposals")).contains("New red line", "Waiting for approval", "Selling accounts",
                tenant.operator().displayName(), "Open the approval request");

        _click(cell("toggle"));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.list(tenant.communityId())).getFirst().active())
                .as("still applies until approved").isTrue();
        assertThat(text("red-line-proposals")).contains("To be deactivated", "Posting ads");
        assertThat(GridKt._getCellComponent(lines(), 0, "status").getElement().getTextRecursively())
                .contains("Active", "Change waiting for approval");
        assertThat(cell("toggle").isEnabled()).as("one change at a time").isFalse();
        assertThat(((TextField) GridKt._getCellComponent(lines(), 0, "text")).isReadOnly()).isTrue();

        RedLineProposalDetails switchOff = SignedIn.as(tenant.operator(),
                () -> redLines.proposals(tenant.communityId())).getLast();
        _click(button("red-line-proposal-withdraw-" + switchOff.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.proposals(tenant.communityId())))
                .extracting(RedLineProposalDetails::text).containsExactly("Selling accounts");
        assertThat(GridKt._getCellComponent(lines(), 0, "status").getElement().getTextRecursively())
                .doesNotContain("waiting");
        assertThat(cell("toggle").isEnabled()).isTrue();
    }

    @Test
    void withoutAPolicyALineChangesAtOnce() {
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(),
                policies.forClient(tenant.clientId()).version(), new ApprovalSettings(false, false, List.of())));
        login(tenant.operator());
        UI.getCurrent().navigate(ScreeningNavigation.eliminationPath(tenant.communityId()));
        _assertNone(Span.class, spec -> spec.withId("red-lines-approval-note"));
        _click(cell("toggle"));
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.list(tenant.communityId())).getFirst().active())
                .isFalse();
        assertThat(SignedIn.as(tenant.operator(), () -> redLines.proposals(tenant.communityId()))).isEmpty();
    }

    private static Grid<RedLineDetails> lines() {
        return ScreeningUi.grid("red-lines-grid");
    }

    private static Button cell(String column) {
        return (Button) GridKt._getCellComponent(lines(), 0, column);
    }
}

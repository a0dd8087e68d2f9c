package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.button;
import static app.communityops.screening.ui.ScreeningUi.byId;
import static app.communityops.screening.ui.ScreeningUi.grid;
import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MembershipEvent;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.EliminationCandidate;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.RedLineDetails;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EliminationViewTest extends KaribuTest {

    @Autowired ScreeningService screening;
    @Autowired MembershipService memberships;
    @Autowired ScreeningTestData data;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(ScreeningNavigation::eliminationPath, tenant);
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(ScreeningNavigation.eliminationPath(tenant.communityId()), tenants.platformAdmin());
    }

    @Test
    void noCandidatesSaysSoAndShowsTheThresholds() {
        login(tenant.operator());
        open();
        assertThat(text("elimination-empty")).contains("No candidates");
        assertThat(text("elimination-thresholds")).startsWith("Joined members silent for 60 days or warned 3 times.");
    }

    @Test
    void aSilentMemberIsWarnedCitingARedLineThenEliminatedAfterConfirming() {
        UUID silent = joined("silent");
        data.setActivity(tenant, silent, Instant.now().minus(Duration.ofDays(100)),
                Instant.now().minus(Duration.ofDays(70)));
        login(tenant.operator());
        open();

        byId(TextField.class, "red-line-text").setValue("发广告 / posting ads");
        _click(button("red-line-add"));
        Grid<EliminationCandidate> grid = grid("elimination-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(grid, 0, "why").getElement().getTextRecursively()).isEqualTo("Inactive");

        clickAction(grid, "warn-" + silent);
        _click(button("action-submit"));
        TextArea reason = byId(TextArea.class, "action-reason");
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
        reason.setValue("Posted an ad");
        @SuppressWarnings("unchecked")
        ComboBox<RedLineDetails> redLine = byId(ComboBox.class, "action-red-line");
        redLine.setValue(redLine.getListDataView().getItems().findFirst().orElseThrow());
        _click(button("action-submit"));
        assertThat(GridKt._getFormatted(grid, 0, "warnings")).isEqualTo("1");

        clickAction(grid, "eliminate-" + silent);
        byId(TextArea.class, "action-reason").setValue("Posted ads again after a warning");
        _click(button("action-submit"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));

        assertThat(SignedIn.as(tenant.operator(), () -> memberships.find(silent)).orElseThrow().status())
                .isEqualTo(MembershipStatus.ELIMINATED);
        assertThat(SignedIn.as(tenant.operator(), () -> memberships.history(silent)))
                .filteredOn(event -> event.type() == MembershipEventType.WARNED)
                .extracting(MembershipEvent::reason, MembershipEvent::redLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Posted an ad", "发广告 / posting ads"));
        assertThat(text("elimination-empty")).contains("No candidates");
    }

    @Test
    void aDeactivatedRedLineStaysListedButCannotBeCited() {
        login(tenant.operator());
        open();
        byId(TextField.class, "red-line-text").setValue("人身攻击 / personal attacks");
        _click(button("red-line-add"));
        Grid<RedLineDetails> lines = grid("red-lines-grid");
        RedLineDetails line = GridKt._get(lines, 0);
        _click((Button) GridKt._getCellComponent(lines, 0, "toggle"));

        assertThat(GridKt._getCellComponent(lines, 0, "status").getElement().getText()).isEqualTo("Inactive");
        assertThat(line.text()).isEqualTo("人身攻击 / personal attacks");
        _get(Div.class, spec -> spec.withId("red-lines"));
    }

    private void clickAction(Grid<EliminationCandidate> grid, String id) {
        Div actions = (Div) GridKt._getCellComponent(grid, 0, "actions");
        _click((Button) actions.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow());
    }

    private UUID joined(String handle) {
        return SignedIn.as(tenant.operator(), () -> screening.apply(tenant.communityId(),
                ScreeningTestData.member(handle), new EvidenceForm())).membership().id();
    }

    private void open() {
        UI.getCurrent().navigate(ScreeningNavigation.eliminationPath(tenant.communityId()));
    }
}

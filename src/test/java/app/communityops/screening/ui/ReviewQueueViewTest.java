package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.button;
import static app.communityops.screening.ui.ScreeningUi.byId;
import static app.communityops.screening.ui.ScreeningUi.grid;
import static app.communityops.screening.ui.ScreeningUi.notifications;
import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.ApplicationOutcome;
import app.communityops.screening.ConditionDetails;
import app.communityops.screening.ConditionLine;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ReviewItem;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewQueueViewTest extends KaribuTest {

    @Autowired ScreeningService screening;
    @Autowired ScreeningPolicyService policies;
    @Autowired MembershipService memberships;

    Fixture tenant;
    UUID lessons;

    @BeforeEach
    void createTenantWithTheCampPolicy() {
        tenant = tenants.create();
        PolicyForm form = new PolicyForm();
        form.setPaidEntry(true);
        form.setFee(new BigDecimal("19.90"));
        form.setConditionReview(true);
        form.setConditions(List.of(new ConditionLine(null, "Three free trial lessons attended")));
        PolicyDetails policy = SignedIn.as(tenant.operator(), () -> policies.update(tenant.communityId(), -1, form));
        lessons = policy.conditions().getFirst().id();
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(ScreeningNavigation::reviewPath, tenant);
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(ScreeningNavigation.reviewPath(tenant.communityId()), tenants.platformAdmin());
    }

    @Test
    void anEmptyQueueSaysSo() {
        login(tenant.operator());
        open();
        assertThat(text("review-empty")).contains("Nothing waits for review.");
        _assertNone(Grid.class, spec -> spec.withId("review-grid"));
    }

    @Test
    void showsEachApplicationWithItsEvidenceAndOutcomes() {
        apply("waiting-1", "WX-1");
        login(tenant.operator());
        open();

        Grid<ReviewItem> grid = grid("review-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "applicant")).isEqualTo("Member waiting-1 (waiting-1)");
        assertThat(GridKt._getFormatted(grid, 0, "evidence")).isEqualTo("Payment reference: WX-1");
        assertThat(GridKt._getCellComponent(grid, 0, "outcomes").getElement().getTextRecursively())
                .contains("Paid entry (付费入群) · passed", "Condition review (条件审核) · needs review");
        assertThat(text("review-count")).isEqualTo("Waiting for review: 1");
    }

    @Test
    void rejectingNeedsAReasonBesideTheField() {
        UUID id = apply("reject-1", null);
        login(tenant.operator());
        open();
        openReview(0);

        _click(button("review-reject"));
        TextArea reason = byId(TextArea.class, "review-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");

        reason.setValue("Did not attend the trial lessons");
        _click(button("review-reject"));
        assertThat(status(id)).isEqualTo(MembershipStatus.REJECTED);
        assertThat(text("review-empty")).contains("Nothing waits for review.");
    }

    @Test
    void approvingTicksTheConditionsAndSeatsTheMember() {
        UUID id = apply("approve-1", "WX-2");
        login(tenant.operator());
        open();
        openReview(0);
        assertThat(text("review-outcome-PAID_ENTRY")).contains("Payment recorded: WX-2.");

        @SuppressWarnings("unchecked")
        CheckboxGroup<ConditionDetails> conditions = byId(CheckboxGroup.class, "review-conditions");
        conditions.setValue(Set.copyOf(conditions.getListDataView().getItems().toList()));
        _click(button("review-approve"));

        assertThat(status(id)).isEqualTo(MembershipStatus.JOINED);
        assertThat(notifications()).contains("Member approve-1 was admitted and has joined.");
    }

    @Test
    void approvingWhatThePolicyDoesNotAllowYetIsRefusedWithTheReason() {
        UUID id = apply("unpaid-1", null);
        login(tenant.operator());
        open();
        openReview(0);
        _click(button("review-approve"));

        assertThat(status(id)).isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("The policy is not met yet"));
    }

    @Test
    void aReviewerWhoseColleagueDecidedFirstIsToldSoInTheirLanguage() {
        UUID id = apply("taken-1", "WX-4");
        login(tenant.operator());
        open();
        openReview(0);
        SignedIn.as(tenant.admin(), () -> {
            screening.tickConditions(id, Set.of(lessons));
            return screening.approve(id, null);
        });

        @SuppressWarnings("unchecked")
        CheckboxGroup<ConditionDetails> conditions = byId(CheckboxGroup.class, "review-conditions");
        conditions.setValue(Set.copyOf(conditions.getListDataView().getItems().toList()));
        _click(button("review-approve"));

        assertThat(notifications()).contains("Not possible while the membership is Joined.");
        assertThat(text("review-empty")).contains("Nothing waits for review.");
    }

    @Test
    void aNewApplicationWithARefusedCodeShowsTheReasonOnTheCodeField() {
        login(tenant.operator());
        open();
        _click(button("new-application"));
        byId(TextField.class, "application-name").setValue("Wang Wei");
        byId(TextField.class, "application-handle").setValue("wangwei");
        TextField code = byId(TextField.class, "application-code");
        code.setValue("NOSUCH22");
        _click(button("application-submit"));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("No such invitation code.");

        code.setValue("");
        byId(TextField.class, "application-payment").setValue("WX-3");
        _click(button("application-submit"));
        assertThat(notifications()).contains("Wang Wei waits in the review queue.");
        assertThat(GridKt._size(grid("review-grid"))).isEqualTo(1);
    }

    @Test
    void theMenuEntryGoesStraightToTheOperatorsOnlyCommunity() {
        apply("menu-1", null);
        login(tenant.operator());
        UI.getCurrent().navigate("review");
        assertThat(_get(ReviewQueueView.class).getPageTitle()).isEqualTo("Review queue · Community " + suffix());
        SideNav custom = _get(SideNav.class, spec -> spec.withId("nav-custom"));
        assertThat(custom.getItems()).extracting(SideNavItem::getLabel, SideNavItem::getPath)
                .contains(org.assertj.core.groups.Tuple.tuple("Review queue", "review"));
    }

    @Test
    void theMenuEntryListsTheAdminsCommunitiesWithWaitingCounts() {
        apply("menu-2", null);
        login(tenant.admin());
        UI.getCurrent().navigate("review");
        assertThat(byId(RouterLink.class, "review-entry-" + tenant.communityId()).getText())
                .isEqualTo("Community " + suffix() + ": 1 waiting");
        assertThat(byId(RouterLink.class, "review-entry-" + tenant.unassignedCommunityId()).getText())
                .endsWith(": 0 waiting");
        _assertNone(Anchor.class, spec -> spec.withId("review-entry-empty"));
    }

    @Test
    void theMenuEntryTellsAnOperatorWithoutCommunities() {
        login(tenant.otherOperator());
        UI.getCurrent().navigate("review");
        assertThat(text("review-entry-empty")).isEqualTo("You have no communities yet.");
        _assertNone(Button.class, spec -> spec.withId("new-application"));
    }

    private static void openReview(int row) {
        _click((Button) GridKt._getCellComponent(grid("review-grid"), row, "actions"));
    }

    private void open() {
        UI.getCurrent().navigate(ScreeningNavigation.reviewPath(tenant.communityId()));
    }

    private UUID apply(String handle, String payment) {
        ApplicationOutcome outcome = SignedIn.as(tenant.operator(), () -> screening.apply(tenant.communityId(),
                ScreeningTestData.member(handle), EvidenceForm.of(payment, null, null, Set.of())));
        return outcome.membership().id();
    }

    private MembershipStatus status(UUID id) {
        return SignedIn.as(tenant.operator(), () -> memberships.find(id)).orElseThrow().status();
    }

    private String suffix() {
        return tenant.name().substring("Tenant ".length());
    }
}

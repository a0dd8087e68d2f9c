package app.communityops.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStatus;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.ApprovalSummary;
import app.communityops.content.ContentCategory;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentForm;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approvals list, a request's page with its decision, and the settings screens, as each kind of user sees them. */
class ApprovalViewsTest extends KaribuTest {

    @Autowired ApprovalService approvals;
    @Autowired ApprovalPolicyService policies;
    @Autowired ContentService content;
    @Autowired AccountService accounts;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> policies.saveForClient(tenant.clientId(), -1,
                new ApprovalSettings(true, true, List.of(ApprovalStep.CLIENT_USERS))));
    }

    @Test
    void aClientFindsWhatWaitsInTheMenuAndAsksForChangesWithAComment() {
        ContentDetails item = submitted("Spring campaign", "**Bold** plan");
        login(tenant.clientUser());
        UI.getCurrent().navigate("communities");
        SideNav workspace = _get(SideNav.class, spec -> spec.withId("nav-workspace"));
        assertThat(workspace.getItems()).extracting(SideNavItem::getLabel).contains("Approvals");

        UI.getCurrent().navigate("approvals");
        ApprovalSummary request = waitingFor(tenant.clientUser());
        follow("approval-open-" + request.id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApprovalDetailView.class);
        assertThat(_get(Div.class, spec -> spec.withId("approval-preview")).getElement().toString())
                .contains("<strong>Bold</strong>");

        _click(_get(Button.class, spec -> spec.withId("approval-request-changes")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("approval-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("comment is required");

        comment.setValue("Please add the date");
        _click(_get(Button.class, spec -> spec.withId("approval-request-changes")));
        assertThat(_get(Span.class, spec -> spec.withId("approval-status")).getText()).isEqualTo("Changes requested");
        _assertNone(Div.class, spec -> spec.withId("approval-decision"));
        assertThat(_get(Div.class, spec -> spec.withId("approval-history")).getElement().getTextRecursively())
                .contains("Asked for changes", "Please add the date", tenant.clientUser().displayName());
        assertThat(SignedIn.as(tenant.operator(), () -> content.find(tenant.communityId(), item.id())).status())
                .isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void aClientApprovesAndTheOperatorSeesItApproved() {
        submitted("Welcome post", "Hello");
        login(tenant.clientUser());
        UI.getCurrent().navigate("approvals/" + waitingFor(tenant.clientUser()).id());
        _click(_get(Button.class, spec -> spec.withId("approval-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("approval-status")).getText()).isEqualTo("Approved");

        login(tenant.operator());
        UI.getCurrent().navigate("approvals");
        assertThat(_get(Div.class, spec -> spec.withId("approvals-waiting-empty")).getElement().getTextRecursively())
                .contains("Nothing is waiting");
        assertThat(_get(Div.class, spec -> spec.withId("approvals-submitted")).getElement().getTextRecursively())
                .contains("Welcome post", "Approved");
    }

    @Test
    void theSecondOfTwoApproversIsToldSomeoneDecidedFirst() {
        AppPrincipal second = clientUser();
        submitted("Race", "Text");
        login(tenant.clientUser());
        ApprovalSummary request = waitingFor(tenant.clientUser());
        UI.getCurrent().navigate("approvals/" + request.id());
        SignedIn.run(second, () -> approvals.decide(request.id(), request.version(), true, ""));

        _click(_get(Button.class, spec -> spec.withId("approval-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("approval-status")).getText()).isEqualTo("Approved");
        _assertNone(Button.class, spec -> spec.withId("approval-approve"));
        assertThat(_get(Div.class, spec -> spec.withId("approval-history")).getElement().getTextRecursively())
                .contains(second.displayName());
    }

    @Test
    void anEmptyListSaysSoAndAnotherClientsUserFindsNothing() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("approvals");
        assertThat(_get(Div.class, spec -> spec.withId("approvals-waiting-empty")).isVisible()).isTrue();
        _assertNone(Div.class, spec -> spec.withId("approvals-submitted"));

        submitted("Not for others", "Text");
        ApprovalSummary request = waitingFor(tenant.clientUser());
        login(tenants.create().clientUser());
        UI.getCurrent().navigate("approvals/" + request.id());
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void theOperatorSubmitsFromTheItemsPageAndSeesTheApprovalThere() {
        ContentDetails draft = draft("From the page");
        login(tenant.operator());
        UI.getCurrent().navigate("communities/" + tenant.communityId() + "/content/" + draft.id());
        assertThat(_get(Span.class, spec -> spec.withId("content-approval-state")).getText())
                .isEqualTo("Not yet submitted for approval");
        _click(_get(Button.class, spec -> spec.withId("content-approval-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("content-approval-state")).getText())
                .isEqualTo("Waiting for approval");
        _assertNone(Button.class, spec -> spec.withId("content-approval-submit"));
        assertThat(_get(Div.class, spec -> spec.withId("content-approval-history")).getElement().getTextRecursively())
                .contains("Submitted", tenant.operator().displayName());
        follow("content-approval-open");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApprovalDetailView.class);
        _assertNone(Div.class, spec -> spec.withId("approval-decision"));
    }

    @Test
    void anAdminSetsAClientsStepsInOrder() {
        login(tenant.admin());
        UI.getCurrent().navigate("approval-settings");
        SideNav administration = _get(SideNav.class, spec -> spec.withId("nav-administration"));
        assertThat(administration.getItems()).extracting(SideNavItem::getLabel).contains("Approval settings");
        follow("approval-settings-client-" + tenant.otherClientId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ClientApprovalSettingsView.class);

        _get(Checkbox.class, spec -> spec.withId("approval-policy-content")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("approval-policy-save")));
        @SuppressWarnings("unchecked")
        Select<ApprovalStep> add = _get(Select.class, spec -> spec.withId("approval-policy-add-step"));
        assertThat(add.isInvalid()).as("no steps").isTrue();

        add.setValue(ApprovalStep.CLIENT_USERS);
        add.setValue(ApprovalStep.OPERATORS);
        _click(_get(Button.class, spec -> spec.withId("approval-policy-up-1")));
        _click(_get(Button.class, spec -> spec.withId("approval-policy-save")));
        ApprovalSettings saved = SignedIn.as(tenant.admin(), () -> policies.forClient(tenant.otherClientId()))
                .settings();
        assertThat(saved.content()).isTrue();
        assertThat(saved.rulebook()).isFalse();
        assertThat(saved.steps()).containsExactly(ApprovalStep.OPERATORS, ApprovalStep.CLIENT_USERS);
    }

    @Test
    void aCommunityGetsItsOwnSettingAndReturnsToItsClients() {
        login(tenant.admin());
        UI.getCurrent().navigate("communities/" + tenant.communityId());
        follow("area-content-approvals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CommunityApprovalSettingsView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("approval-settings-source")).getText()).contains("follows its client");
        _assertNone(Button.class, spec -> spec.withId("approval-policy-save"));

        _click(_get(Button.class, spec -> spec.withId("approval-settings-use-own")));
        _click(_get(Button.class, spec -> spec.withId("approval-policy-remove-0")));
        _get(Checkbox.class, spec -> spec.withId("approval-policy-content")).setValue(false);
        _get(Checkbox.class, spec -> spec.withId("approval-policy-rulebook")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("approval-policy-save")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("approval-settings-source")).getText()).contains("its own setting");
        assertThat(SignedIn.as(tenant.operator(), () -> approvals.required(
                app.communityops.approval.SubjectType.CONTENT, tenant.communityId()))).isFalse();

        _click(_get(Button.class, spec -> spec.withId("approval-settings-inherit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("approval-settings-source")).getText()).contains("follows its client");
    }

    @Test
    void othersReadTheSettingButOnlyAdminsChangeIt() {
        login(tenant.clientUser());
        UI.getCurrent().navigate("communities/" + tenant.communityId() + "/approval-settings");
        assertThat(_get(Checkbox.class, spec -> spec.withId("approval-policy-content")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("approval-policy-save"));
        _assertNone(Button.class, spec -> spec.withId("approval-settings-use-own"));
        assertThat(_find(Span.class, spec -> spec.withId("approval-policy-step-0"))).extracting(Span::getText)
                .containsExactly("1. Client");
        for (AppPrincipal user : List.of(tenant.clientUser(), tenant.operator())) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate("approval-settings"))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate("approval-settings/clients/" + tenant.clientId()))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private static void follow(String linkId) {
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withId(linkId)).getHref());
    }

    private ContentDetails draft(String title) {
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId())));
        form.setCategory(ContentCategory.DEEP_DIVE);
        form.setTitle(title);
        form.setBody("Body");
        return SignedIn.as(tenant.operator(), () -> {
            ContentDetails idea = content.create(form);
            return content.move(idea.id(), idea.version(), ContentStatus.DRAFT);
        });
    }

    private ContentDetails submitted(String title, String body) {
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId())));
        form.setCategory(ContentCategory.DEEP_DIVE);
        form.setTitle(title);
        form.setBody(body);
        form.setMarkdown(true);
        return SignedIn.as(tenant.operator(), () -> {
            ContentDetails idea = content.create(form);
            ContentDetails draft = content.move(idea.id(), idea.version(), ContentStatus.DRAFT);
            return content.submitForApproval(draft.id(), draft.version());
        });
    }

    private ApprovalSummary waitingFor(AppPrincipal user) {
        List<ApprovalSummary> waiting = SignedIn.as(user, approvals::waitingForMe);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().status()).isEqualTo(ApprovalStatus.PENDING);
        return waiting.getFirst();
    }

    private AppPrincipal clientUser() {
        AccountForm form = new AccountForm();
        form.setEmail("second-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test");
        form.setDisplayName("Second approver");
        form.setRole(AccountRole.CLIENT);
        form.setClientId(tenant.clientId());
        AccountSummary created = SignedIn.as(tenant.admin(),
                () -> accounts.create(form, TestTenants.PASSWORD + "-long-enough"));
        return new AppPrincipal(created.id(), tenant.tenantId(), tenant.clientId(), created.email(),
                "Second approver", Roles.CLIENT, Locale.ENGLISH);
    }
}

package app.communityops.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.report.DeliverySettings;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportSchedule;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportNavigation;
import app.communityops.report.ReportPeriod;
import app.communityops.report.SectionCommentary;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeliveryViewTest extends KaribuTest {

    @Autowired ReportDeliveryService deliveries;

    Fixture tenant;
    ReportPeriod lastMonth;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
    }

    @Test
    void routeAccess() {
        assertCommunityRecordPageGuarded((owner, community) -> ReportNavigation.deliveryPath(community,
                sent(owner, community).id()), tenant);
        assertNotFound(ReportNavigation.deliveryPath(tenant.communityId(), UUID.randomUUID()), tenant.admin());
        assertNotFound("communities/" + tenant.communityId() + "/reports/not-an-id", tenant.admin());
        ReportDelivery draft = SignedIn.as(tenant.admin(), () -> deliveries.prepare(tenant.communityId(), lastMonth));
        assertNotFound(ReportNavigation.deliveryPath(tenant.communityId(), draft.id()), tenant.clientUser());
        assertDenied(ReportNavigation.DELIVERIES_ROUTE, tenants.platformAdmin());
    }

    @Test
    void theOperatorCommentsAndSubmitsAndASecondPersonSendsAfterConfirming() throws Exception {
        login(tenant.operator());
        UI.getCurrent().navigate(ReportNavigation.path(tenant.communityId()));
        _click(_get(Button.class, spec -> spec.withId("report-prepare")));
        DeliveryView view = _get(DeliveryView.class);
        ReportDelivery draft = view.delivery();
        assertThat(draft).isNotNull();
        assertThat(badge("delivery-state")).isEqualTo("Draft");

        _get(TextArea.class, spec -> spec.withId("commentary-money-highlights")).setValue("Two courses sold out.");
        _click(_get(Button.class, spec -> spec.withId("commentary-money-save")));
        _click(_get(Button.class, spec -> spec.withId("delivery-preview")));
        view.pending().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withId("report-commentary-money")).getElement().getTextRecursively())
                .contains("Two courses sold out.");

        _click(_get(Button.class, spec -> spec.withId("delivery-submit")));
        assertThat(badge("delivery-state")).isEqualTo("In review");
        _assertNone(Button.class, spec -> spec.withId("delivery-send"));
        assertThat(_get(Span.class, spec -> spec.withId("delivery-second-person")).getText())
                .contains("second person");

        login(tenant.admin());
        UI.getCurrent().navigate(ReportNavigation.deliveryPath(tenant.communityId(), draft.id()));
        view = _get(DeliveryView.class);
        _click(_get(Button.class, spec -> spec.withId("delivery-send")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(confirm.getElement().getProperty("message")).contains("cannot be undone");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("delivery-progress")).isVisible()).as("progress while the PDF is made").isTrue();
        view.pending().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(badge("delivery-state")).isEqualTo("Sent");
        assertThat(_get(Div.class, spec -> spec.withId("delivery-facts")).getElement().getTextRecursively())
                .contains("Sent to 1 client users");
        assertThat(new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("delivery-pdf"))), 0, 5))
                .isEqualTo("%PDF-");
    }

    @Test
    void theClientSeesWhatIsNewReadsAcknowledgesAndAsks() {
        ReportDelivery sent = sent(tenant, tenant.communityId());
        login(tenant.clientUser());
        UI.getCurrent().navigate("portfolio");
        Anchor toRead = _get(Anchor.class, spec -> spec.withId("whats-new-report-waiting-toRead"));
        assertThat(toRead.getText()).isEqualTo("Reports to read: 1");
        assertThat(toRead.getHref()).isEqualTo(ReportNavigation.DELIVERIES_ROUTE);

        UI.getCurrent().navigate(ReportNavigation.DELIVERIES_ROUTE);
        Anchor item = _get(Anchor.class, spec -> spec.withId("delivery-" + sent.id()));
        assertThat(item.getElement().getTextRecursively()).contains("New", "Sent", "Current");

        UI.getCurrent().navigate(item.getHref());
        assertThat(_get(Div.class, spec -> spec.withId("report-commentary-money")).getElement().getTextRecursively())
                .contains("Two courses sold out.");
        _assertNone(TextArea.class, spec -> spec.withId("commentary-money-highlights"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("delivery-thread-empty")).getText()).isEqualTo("No messages yet.");
        _click(_get(Button.class, spec -> spec.withId("delivery-acknowledge")));
        assertThat(badge("delivery-state")).isEqualTo("Acknowledged");
        _assertNone(Button.class, spec -> spec.withId("delivery-acknowledge"));

        _get(TextArea.class, spec -> spec.withId("delivery-message")).setValue("Why did revenue drop?");
        _click(_get(Button.class, spec -> spec.withId("delivery-post")));
        assertThat(_get(Div.class, spec -> spec.withId("delivery-thread")).getElement().getTextRecursively())
                .contains("acknowledged the report", "Why did revenue drop?");

        UI.getCurrent().navigate("portfolio");
        assertThat(_get(Span.class, spec -> spec.withId("whats-new-empty")).getText())
                .isEqualTo("Nothing waits for you: you are up to date.");
    }

    @Test
    void aCorrectionSupersedesTheSentVersionAndTheClientSeesWhichIsCurrent() {
        ReportDelivery first = sent(tenant, tenant.communityId());
        login(tenant.operator());
        UI.getCurrent().navigate(ReportNavigation.deliveryPath(tenant.communityId(), first.id()));
        _click(_get(Button.class, spec -> spec.withId("delivery-correct")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        ReportDelivery correction = _get(DeliveryView.class).delivery();
        assertThat(correction).isNotNull();
        assertThat(correction.versionNo()).isEqualTo(2);
        assertThat(_get(TextArea.class, spec -> spec.withId("commentary-money-highlights")).getValue())
                .isEqualTo("Two courses sold out.");
        SignedIn.run(tenant.operator(), () -> deliveries.submit(tenant.communityId(), correction.id(),
                correction.version()));
        SignedIn.run(tenant.admin(), () -> deliveries.send(tenant.communityId(), correction.id(),
                correction.version() + 1, done -> { }));

        login(tenant.clientUser());
        UI.getCurrent().navigate(ReportNavigation.deliveryPath(tenant.communityId(), first.id()));
        assertThat(_get(Div.class, spec -> spec.withId("delivery-superseded")).getElement().getTextRecursively())
                .contains("A corrected version replaced this one.");
        assertThat(_get(Anchor.class, spec -> spec.withId("delivery-open-current")).getHref())
                .isEqualTo(ReportNavigation.deliveryPath(tenant.communityId(), correction.id()));
        _assertNone(Button.class, spec -> spec.withId("delivery-acknowledge"));
        UI.getCurrent().navigate(ReportNavigation.DELIVERIES_ROUTE);
        assertThat(_get(Anchor.class, spec -> spec.withId("delivery-" + first.id())).getElement()
                .getTextRecursively()).contains("Version 1", "Superseded");
        assertThat(_get(Anchor.class, spec -> spec.withId("delivery-" + correction.id())).getElement()
                .getTextRecursively()).contains("Version 2", "Current", "New");
    }

    @Test
    void staffWithoutReportsAndClientsWithNothingSentSeeEmptyStates() {
        login(tenant.operator());
        UI.getCurrent().navigate(ReportNavigation.DELIVERIES_ROUTE);
        assertThat(_get(Div.class, spec -> spec.withId("deliveries-empty")).getElement().getTextRecursively())
                .contains("No reports yet.");
        UI.getCurrent().navigate("portfolio");
        _assertNone(Div.class, spec -> spec.withId("whats-new"));
        login(tenant.clientUser());
        UI.getCurrent().navigate(ReportNavigation.DELIVERIES_ROUTE);
        assertThat(_get(Div.class, spec -> spec.withId("deliveries-empty")).isVisible()).isTrue();
        UI.getCurrent().navigate("portfolio");
        assertThat(_get(Span.class, spec -> spec.withId("whats-new-empty")).isVisible()).isTrue();
    }

    @Test
    void staffSetTheCommunitysScheduleAndTheAdminTheDeliverySettingsAndTheServiceLevelWithFieldNamedErrors() {
        login(tenant.operator());
        UI.getCurrent().navigate(ReportNavigation.path(tenant.communityId()));
        IntegerField monthly = _get(IntegerField.class, spec -> spec.withId("schedule-monthly"));
        monthly.setValue(40);
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));
        assertThat(monthly.isInvalid()).isTrue();
        assertThat(monthly.getErrorMessage()).isEqualTo("Choose a day from 1 to 28.");
        monthly.setValue(3);
        _get(IntegerField.class, spec -> spec.withId("schedule-quarterly")).setValue(5);
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.schedule(tenant.communityId())))
                .isEqualTo(new ReportSchedule(3, 5));

        Checkbox serviceLevel = _get(Checkbox.class, spec -> spec.withId("report-service-level"));
        assertThat(serviceLevel.getValue()).isFalse();
        assertThat(serviceLevel.isReadOnly()).as("a tenant admin's choice").isTrue();
        login(tenant.admin());
        UI.getCurrent().navigate(ReportNavigation.path(tenant.communityId()));
        serviceLevel = _get(Checkbox.class, spec -> spec.withId("report-service-level"));
        assertThat(serviceLevel.isReadOnly()).isFalse();
        serviceLevel.setValue(true);
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.includesServiceLevel(tenant.communityId())))
                .isTrue();
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.schedule(tenant.communityId())))
                .as("the schedule stays as it was").isEqualTo(new ReportSchedule(3, 5));

        login(tenant.admin());
        UI.getCurrent().navigate(ReportNavigation.BRANDING_ROUTE);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> attach = _get(RadioButtonGroup.class, spec -> spec.withId("delivery-attach"));
        assertThat(attach.getValue()).as("the PDF attached by default").isTrue();
        Checkbox autoSend = _get(Checkbox.class, spec -> spec.withId("delivery-auto-send"));
        assertThat(autoSend.getValue()).as("automatic sending off by default").isFalse();
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("delivery-link-days"));
        attach.setValue(false);
        days.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("delivery-settings-save")));
        assertThat(days.getErrorMessage()).isEqualTo("A link is valid for 1 to 365 days.");
        days.setValue(14);
        autoSend.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("delivery-settings-save")));
        assertThat(SignedIn.as(tenant.admin(), deliveries::settings)).isEqualTo(new DeliverySettings(false, 14, true));
    }

    /** A first version sent for the community, with commentary on the money section. */
    private ReportDelivery sent(Fixture owner, UUID community) {
        AppPrincipal admin = owner.admin();
        return SignedIn.as(admin, () -> {
            ReportDelivery draft = deliveries.prepare(community, lastMonth);
            deliveries.saveCommentary(community, draft.id(), new SectionCommentary("money", "Two courses sold out.",
                    null, null));
            ReportDelivery review = deliveries.submit(community, draft.id(), draft.version());
            return deliveries.send(community, draft.id(), review.version(), done -> { });
        });
    }

    private static String badge(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }

}

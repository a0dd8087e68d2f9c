package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.button;
import static app.communityops.screening.ui.ScreeningUi.byId;
import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.ui.CommunityOverviewView;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomViewTest extends KaribuTest {

    @Autowired ScreeningService screening;
    @Autowired ScreeningTestData data;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(ScreeningNavigation::customPath, tenant);
        assertNotFound("communities/not-an-id/custom", tenant.admin());
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(ScreeningNavigation.customPath(tenant.communityId()), tenants.platformAdmin());
    }

    @Test
    void staffSeeWhoWhereWhyHowAndTheWayToTheScreeningScreens() {
        login(tenant.operator());
        open(tenant.communityId());

        CustomView view = _get(CustomView.class);
        assertThat(view.getPageTitle()).isEqualTo("Custom · Community " + suffix());
        assertThat(text("custom-who")).contains("Who", "Not set yet.");
        assertThat(text("custom-how")).contains("Open: no screening", "silent for 60 days, or warned 3 times");
        assertThat(text("custom-passRate-empty")).isEqualTo("No application has been decided yet.");
        assertThat(byId(RouterLink.class, "custom-review-link").getText()).isEqualTo("Review queue (0 waiting)");
        assertThat(byId(RouterLink.class, "custom-codes-link").getHref())
                .isEqualTo(ScreeningNavigation.codesPath(tenant.communityId()));
        assertThat(byId(RouterLink.class, "custom-elimination-link").getHref())
                .isEqualTo(ScreeningNavigation.eliminationPath(tenant.communityId()));
        assertThat(button("edit-policy").isVisible()).isTrue();
        assertThat(button("edit-positioning-who").isVisible()).isTrue();
    }

    @Test
    void clientUsersReadTheirOwnCommunityWithoutEditingOrStaffLinks() {
        login(tenant.clientUser());
        open(tenant.communityId());

        assertThat(text("custom-how")).contains("Open: no screening");
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("edit-policy"));
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("edit-positioning-who"));
        _assertNone(RouterLink.class, spec -> spec.withId("custom-review-link"));
    }

    @Test
    void anEnabledMechanismWithoutItsParameterIsRefusedBesideTheField() {
        login(tenant.operator());
        open(tenant.communityId());
        _click(button("edit-policy"));

        byId(Checkbox.class, "policy-paid").setValue(true);
        byId(Checkbox.class, "policy-tier").setValue(true);
        _click(button("policy-save"));

        BigDecimalField fee = byId(BigDecimalField.class, "policy-fee");
        assertThat(fee.isInvalid()).isTrue();
        assertThat(fee.getErrorMessage()).isEqualTo("Paid entry needs a fee above zero.");
        assertThat(byId(com.vaadin.flow.component.combobox.ComboBox.class, "policy-min-tier").getErrorMessage())
                .isEqualTo("Tier privilege needs a minimum tier.");
        assertThat(_get(PolicyDialog.class).isOpened()).isTrue();
    }

    @Test
    void theCareerCampPolicyIsSavedAndSummarised() {
        login(tenant.operator());
        open(tenant.communityId());
        _click(button("edit-policy"));

        byId(Checkbox.class, "policy-paid").setValue(true);
        byId(BigDecimalField.class, "policy-fee").setValue(new BigDecimal("19.9"));
        byId(Checkbox.class, "policy-condition").setValue(true);
        _click(button("policy-condition-add"));
        byId(TextField.class, "policy-condition-0").setValue("三节免费试听课已完成 / three free trial lessons attended");
        _click(button("policy-save"));

        String how = text("custom-how-lines");
        assertThat(how).contains("ALL: every enabled mechanism must pass", "Paid entry (付费入群): 19.90 CNY",
                "Condition review (条件审核):", "三节免费试听课已完成 / three free trial lessons attended");
    }

    @Test
    void positioningIsEditedAndShownWithTranslatedValueTags() {
        UUID forums = data.channel(tenant, "Product/ops/tech forums");
        login(tenant.operator());
        open(tenant.communityId());
        _click(button("edit-positioning-who"));

        byId(TextArea.class, "positioning-who").setValue("Internet professionals and career changers");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UUID> channels = byId(MultiSelectComboBox.class, "positioning-channels");
        channels.setValue(Set.of(forums));
        @SuppressWarnings("unchecked")
        CheckboxGroup<app.communityops.screening.ValueTag> values = byId(CheckboxGroup.class, "positioning-values");
        values.setValue(Set.of(app.communityops.screening.ValueTag.KNOWLEDGE));
        _click(button("positioning-save"));

        assertThat(text("custom-who")).contains("Internet professionals and career changers");
        assertThat(text("custom-where")).contains("Product/ops/tech forums");
        assertThat(text("custom-why")).contains("Knowledge");
    }

    @Test
    void passRateAndFlowReflectApplications() {
        SignedIn.run(tenant.operator(), () -> screening.apply(tenant.communityId(), ScreeningTestData.member("m-1"),
                new EvidenceForm()));
        login(tenant.clientUser());
        open(tenant.communityId());

        assertThat(text("custom-passRate-overall")).isEqualTo("100.0% approved (1 of 1 decided)");
        assertThat(text("custom-flow-totals")).isEqualTo("1 joined, 0 eliminated in twelve months");
        Div month = byId(Div.class, "flow-" + YearMonth.now(ZoneOffset.UTC));
        assertThat(month.getElement().getAttribute("title")).endsWith("1 joined, 0 eliminated");
    }

    @Test
    void theCommunityOverviewLinksToTheCustomPage() {
        login(tenant.admin());
        UI.getCurrent().navigate(CommunityNavigation.overviewPath(tenant.communityId()));
        _get(CommunityOverviewView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withText(
                "Open the Custom page: positioning, screening and member flow"));
        assertThat(link.getHref()).isEqualTo(ScreeningNavigation.customPath(tenant.communityId()));
    }

    @Test
    void speaksChinese() {
        login(tenant.operator());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(tenant.communityId());
        _click(button("edit-policy"));
        assertThat(byId(Checkbox.class, "policy-paid").getLabel()).isEqualTo("付费入群");
        assertThat(byId(Checkbox.class, "policy-code").getLabel()).isEqualTo("定向邀请");
        assertThat(byId(Checkbox.class, "policy-condition").getLabel()).isEqualTo("条件审核");
        assertThat(byId(Checkbox.class, "policy-tier").getLabel()).isEqualTo("等级特权");
        assertThat(byId(Checkbox.class, "policy-purchase").getLabel()).isEqualTo("购买额度");
    }

    private void open(UUID communityId) {
        UI.getCurrent().navigate(ScreeningNavigation.customPath(communityId));
    }

    private String suffix() {
        return tenant.name().substring("Tenant ".length());
    }
}

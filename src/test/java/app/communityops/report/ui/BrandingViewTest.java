package app.communityops.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.report.BrandingDetails;
import app.communityops.report.BrandingForm;
import app.communityops.report.ReportBrandingService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BrandingViewTest extends KaribuTest {

    static final String PATH = "settings/branding";

    @Autowired ReportBrandingService branding;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void onlyTenantAdminsOpenTheScreen() {
        assertSignInRequired(PATH);
        assertDenied(PATH, tenant.operator(), tenant.clientUser(), tenants.platformAdmin());
    }

    @Test
    void theAdminNamesTheReportsChoosesTheMonthlyLanguageAndUploadsAndRemovesTheLogo() throws Exception {
        BrandingView view = open();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Report branding");
        _get(Span.class, spec -> spec.withId("branding-no-logo"));

        _get(TextField.class, spec -> spec.withId("branding-name")).setValue("  Spark Agency  ");
        language().setValue("en");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        NotificationsKt.expectNotifications("Report branding saved.");
        BrandingDetails saved = SignedIn.as(tenant.admin(), branding::branding);
        assertThat(saved.displayName()).isEqualTo("Spark Agency");
        assertThat(saved.monthlyLanguage()).isEqualTo("en");

        view.uploaded(png());
        NotificationsKt.expectNotifications("Logo saved.");
        assertThat(_get(Image.class, spec -> spec.withId("branding-logo-image")).getAlt()).contains("Logo on reports");

        _click(_get(Button.class, spec -> spec.withId("branding-remove-logo")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog")));
        _assertNone(Image.class, spec -> spec.withId("branding-logo-image"));
        assertThat(SignedIn.as(tenant.admin(), branding::branding).hasLogo()).isFalse();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithAMessage() {
        BrandingView view = open();

        view.uploaded("%PDF-1.7 not a logo".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        NotificationsKt.expectNotifications("Only PNG, JPEG and WebP images can be used as a logo.");
        _get(Span.class, spec -> spec.withId("branding-no-logo"));
    }

    @Test
    void whoeverSavesSecondIsOfferedAReloadInsteadOfOverwriting() {
        open();
        SignedIn.as(tenant.admin(), () -> branding.save(-1, form("Saved elsewhere")));

        _get(TextField.class, spec -> spec.withId("branding-name")).setValue("Mine");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));

        _get(Notification.class, spec -> spec.withId("concurrent-edit"));
        assertThat(SignedIn.as(tenant.admin(), branding::branding).displayName()).isEqualTo("Saved elsewhere");
        _click(_get(Button.class, spec -> spec.withId("concurrent-edit-reload")));
        assertThat(_get(TextField.class, spec -> spec.withId("branding-name")).getValue()).isEqualTo("Saved elsewhere");
    }

    @Test
    void theScreenSpeaksChinese() {
        login(tenant.admin().withLocale(Locale.SIMPLIFIED_CHINESE));
        UI.getCurrent().navigate(PATH);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("报告品牌");
        assertThat(language().getItemLabelGenerator().apply("zh-CN")).isEqualTo("简体中文");
    }

    private BrandingView open() {
        login(tenant.admin());
        UI.getCurrent().navigate(PATH);
        return _get(BrandingView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<String> language() {
        return _get(Select.class, spec -> spec.withId("branding-language"));
    }

    private static BrandingForm form(String name) {
        BrandingForm form = new BrandingForm();
        form.setDisplayName(name);
        return form;
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.content.RulebookService;
import app.communityops.kpi.KpiTestData;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.testing.ImageBombs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads can't exhaust memory: a decompression bomb of every accepted format (a small file declaring a huge size)
 * is refused at both image uploads with a translated message naming its size, before anything decodes it; one
 * stored before the check stays out of the report PDF, which the job renders for every tenant. Normal images of
 * each format are still accepted.
 */
@IntegrationTest
class LogoBombTest {

    @Autowired ReportBrandingService branding;
    @Autowired RulebookService rulebook;
    @Autowired ReportService reports;
    @Autowired TestTenants tenants;
    @Autowired KpiTestData kpiData;
    @Autowired FeatureBundlesI18NProvider i18n;

    TestTenants.Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void bombsOfEveryFormatAreRefusedAtBothUploadsWithATranslatedMessage() {
        for (Map.Entry<String, byte[]> bomb : ImageBombs.all().entrySet()) {
            ImageSniffer.Size size = ImageSniffer.size(bomb.getValue()).orElseThrow();
            UserFacingException report = refusal(() -> branding.uploadLogo(-1, bomb.getValue()));
            assertThat(report.messageKey()).as(bomb.getKey()).isEqualTo("report.branding.error.logoPixels");
            assertThat(i18n.getTranslation(report.messageKey(), Locale.ENGLISH, report.arguments()))
                    .isEqualTo("The logo is " + size.width() + " × " + size.height()
                            + " pixels; at most 4096 × 4096 is accepted. Save it smaller and upload it again.");
            assertThat(i18n.getTranslation(report.messageKey(), Locale.SIMPLIFIED_CHINESE, report.arguments()))
                    .startsWith("该标志为 " + size.width() + " × " + size.height() + " 像素");

            UserFacingException community = refusal(() -> rulebook.uploadLogo(tenant.communityId(), null,
                    "logo", bomb.getValue()));
            assertThat(community.messageKey()).as(bomb.getKey()).isEqualTo("rulebook.error.logoPixels");
            assertThat(i18n.getTranslation(community.messageKey(), Locale.ENGLISH, community.arguments()))
                    .startsWith("The logo is " + size.width() + " × " + size.height() + " pixels");
        }
        assertThat(SignedIn.as(tenant.admin(), () -> branding.logo())).isEmpty();
        assertThat(SignedIn.as(tenant.admin(), () -> rulebook.logo(tenant.communityId()))).isEmpty();
    }

    @Test
    void normalImagesOfEveryFormatAreStillAccepted() {
        long brandingVersion = -1;
        Long logoVersion = null;
        for (byte[] image : new byte[][] {ImageBombs.png(400, 200), ImageBombs.jpeg(400, 200), ImageBombs.webp()}) {
            long expected = brandingVersion;
            BrandingDetails saved = SignedIn.as(tenant.admin(), () -> branding.uploadLogo(expected, image));
            assertThat(saved.logoType()).isEqualTo(ImageSniffer.type(image).orElseThrow());
            brandingVersion = saved.version();

            Long expectedLogo = logoVersion;
            logoVersion = SignedIn.as(tenant.operator(),
                    () -> rulebook.uploadLogo(tenant.communityId(), expectedLogo, "logo", image)).version();
            assertThat(SignedIn.as(tenant.operator(), () -> rulebook.logo(tenant.communityId())).orElseThrow()
                    .contentType()).isEqualTo(saved.logoType());
        }
    }

    @Test
    void aBombStoredBeforeTheCheckStaysOutOfTheReportPdfUndecoded() throws IOException {
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
        SignedIn.as(tenant.admin(), () -> branding.uploadLogo(-1, ImageBombs.png(80, 40)));
        for (Map.Entry<String, byte[]> bomb : ImageBombs.all().entrySet()) {
            String type = ImageSniffer.type(bomb.getValue()).orElseThrow();
            kpiData.sql(tenant, "update tenant_branding set logo = ?, logo_type = '" + type + "'", bomb.getValue());
            OperationsReport report = SignedIn.as(tenant.operator(),
                    () -> reports.build(tenant.communityId(), lastMonth));
            assertThat(PrintableLogo.of(report)).as(bomb.getKey()).isNull();
            try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
                assertThat(new PDFTextStripper().getText(document)).as(bomb.getKey()).startsWith(tenant.name());
                assertThat(document.getPage(0).getResources().getXObjectNames()).as(bomb.getKey()).isEmpty();
            }
        }
    }

    private UserFacingException refusal(Runnable upload) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> SignedIn.as(tenant.admin(), () -> {
                    upload.run();
                    return null;
                }));
        assertThat(thrown).isInstanceOf(UserFacingException.class);
        return (UserFacingException) thrown;
    }
}

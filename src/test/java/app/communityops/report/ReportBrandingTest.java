package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.kpi.KpiTestData;
import app.communityops.money.MoneyTestData;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReportBrandingTest {

    @Autowired ReportBrandingService branding;
    @Autowired ReportService reports;
    @Autowired MoneyTestData data;
    @Autowired TestTenants tenants;
    @Autowired KpiTestData kpiData;

    Fixture tenant;
    ReportPeriod lastMonth;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
    }

    @Test
    void theNameAndLogoHeadTheReportOnScreenInThePdfAndTheNameInTheMarkdown() throws IOException {
        BrandingDetails saved = asAdmin(() -> branding.save(-1, form("星火职业社群运营")));
        BrandingDetails withLogo = asAdmin(() -> branding.uploadLogo(saved.version(), png()));
        assertThat(withLogo.logoType()).isEqualTo("image/png");
        assertThat(withLogo.version()).isGreaterThan(saved.version());

        OperationsReport report = SignedIn.as(tenant.clientUser(), () -> reports.build(tenant.communityId(),
                lastMonth, Locale.SIMPLIFIED_CHINESE, done -> { }));

        assertThat(report.issuer()).isEqualTo("星火职业社群运营");
        assertThat(report.issuerLogo()).isNotNull().satisfies(logo -> assertThat(logo.bytes()).isEqualTo(png()));
        assertThat(ReportMarkdown.render(report)).startsWith("星火职业社群运营\n");
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).startsWith("星火职业社群运营");
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name -> assertThat(resources.getXObject(name))
                    .isInstanceOfSatisfying(PDImageXObject.class, image -> assertThat(image.getWidth()).isEqualTo(80)));
        }
    }

    @Test
    void aWebpLogoHeadsThePdfConvertedAndTheWebReportAsUploaded() throws IOException {
        asAdmin(() -> branding.uploadLogo(-1, webp()));

        OperationsReport report = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), lastMonth));

        assertThat(report.issuerLogo()).isEqualTo(new ReportLogo("image/webp", webp()));
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).startsWith(tenant.name());
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).singleElement().satisfies(name -> assertThat(
                    resources.getXObject(name)).isInstanceOfSatisfying(PDImageXObject.class, image -> {
                        assertThat(image.getWidth()).isEqualTo(16);
                        assertThat(image.getHeight()).isEqualTo(8);
                    }));
        }
    }

    @Test
    void withoutBrandingTheOrganisationsNameHeadsTheReportAndAnUndecodableWebpLogoStaysOffThePdf(
            CapturedOutput output) throws IOException {
        OperationsReport plain = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), lastMonth));
        assertThat(plain.issuer()).isEqualTo(tenant.name());
        assertThat(plain.issuerLogo()).isNull();

        // Uploads refuse such files (logosAreCheckedByTheirBytesAndSize); one stored before that check still
        // must not cost the tenant its report.
        asAdmin(() -> branding.uploadLogo(-1, png()));
        for (byte[] undecodable : List.of(corruptWebp(), webpDeclaring(16_383, 16_383))) {
            kpiData.sql(tenant, "update tenant_branding set logo = ?, logo_type = 'image/webp'", undecodable);
            OperationsReport report = SignedIn.as(tenant.operator(),
                    () -> reports.build(tenant.communityId(), lastMonth));
            int warningsBefore = warnings(output).size();

            try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
                assertThat(new PDFTextStripper().getText(document)).startsWith(tenant.name());
                assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
            }
            assertThat(warnings(output)).as("one warning per render, naming the size but not the bytes")
                    .hasSize(warningsBefore + 1).last().asString()
                    .contains("image/webp logo (" + undecodable.length + " bytes)", lastMonth.code())
                    .doesNotContain(Base64.getEncoder().encodeToString(undecodable).substring(16, 40));
        }
    }

    @Test
    void logosAreCheckedByTheirBytesAndSize() {
        assertRefused(() -> branding.uploadLogo(-1, "<svg xmlns='http://www.w3.org/2000/svg'/>"
                .getBytes(StandardCharsets.UTF_8)), "report.branding.error.logoType");
        byte[] huge = Arrays.copyOf(png(), 1024 * 1024 + 1);
        assertRefused(() -> branding.uploadLogo(-1, huge), "report.branding.error.logoTooLarge");
        assertRefused(() -> branding.uploadLogo(-1, corruptWebp()), "report.branding.error.logoUnreadable");
        assertRefused(() -> branding.uploadLogo(-1, webpDeclaring(16_383, 16_383)),
                "report.branding.error.logoPixels");
        assertThat(asAdmin(() -> branding.logo())).isEmpty();
        assertRefused(() -> branding.save(-1, form("x".repeat(121))), "report.branding.error.name");
        BrandingForm unknownLanguage = form("Agency");
        unknownLanguage.setMonthlyLanguage("fr");
        assertRefused(() -> branding.save(-1, unknownLanguage), "report.branding.error.language");
        assertThat(asAdmin(branding::branding).version()).isEqualTo(-1);
    }

    @Test
    void aStaleEditIsRefusedAndEveryChangeIsAudited() {
        BrandingDetails first = asAdmin(() -> branding.save(-1, form("First")));
        asAdmin(() -> branding.save(first.version(), form("Second")));

        assertThatThrownBy(() -> asAdmin(() -> branding.save(first.version(), form("Third"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> asAdmin(() -> branding.uploadLogo(-1, png())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(branding::branding).displayName()).isEqualTo("Second");
        BrandingDetails current = asAdmin(branding::branding);
        asAdmin(() -> branding.uploadLogo(current.version(), png()));
        assertThat(data.column(tenant, """
                select action || ' ' || changes::text from audit_entry where entity_type = 'TenantBranding'
                order by occurred_at, id""", String.class)).hasSize(3)
                .satisfies(entries -> assertThat(entries.get(0)).startsWith("CREATE").contains("First"))
                .satisfies(entries -> assertThat(entries.get(1)).startsWith("UPDATE").contains("Second"))
                .satisfies(entries -> assertThat(entries.get(2)).startsWith("UPDATE").contains("logo")
                        .doesNotContain("iVBOR"));
    }

    @Test
    void onlyTenantAdminsManageTheBranding() {
        for (AppPrincipal user : new AppPrincipal[] {tenant.operator(), tenant.clientUser()}) {
            assertThatThrownBy(() -> SignedIn.as(user, branding::branding)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(user, () -> branding.save(-1, form("Mine"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(user, () -> branding.uploadLogo(-1, png())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherTenantNeitherSeesNorChangesTheBranding() {
        BrandingDetails saved = asAdmin(() -> branding.save(-1, form("Agency A")));
        asAdmin(() -> branding.uploadLogo(saved.version(), png()));
        Fixture other = tenants.create();

        assertThat(SignedIn.as(other.admin(), branding::branding).version()).isEqualTo(-1);
        assertThat(SignedIn.as(other.admin(), branding::logo)).isEmpty();
        OperationsReport theirs = SignedIn.as(other.admin(), () -> reports.build(other.communityId(), lastMonth));
        assertThat(theirs.issuer()).isEqualTo(other.name());
        assertThat(theirs.issuerLogo()).isNull();
        assertThat(data.column(other, "select count(*) from tenant_branding", Long.class)).containsExactly(0L);
        assertThat(data.update(other, "update tenant_branding set display_name = 'Stolen'")).isZero();
        assertThat(data.update(other, "delete from tenant_branding")).isZero();
        assertThatThrownBy(() -> data.update(other, """
                insert into tenant_branding (tenant_id, id, display_name, created_at, version)
                values (?, gen_random_uuid(), 'Forged', now(), 0)""", tenant.tenantId()))
                .rootCause().hasMessageContaining("row-level security");
        assertThat(asAdmin(branding::branding).displayName()).isEqualTo("Agency A");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return SignedIn.as(tenant.admin(), work);
    }

    private void assertRefused(Supplier<?> work, String key) {
        assertThatThrownBy(() -> asAdmin(work)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private static BrandingForm form(String name) {
        BrandingForm form = new BrandingForm();
        form.setDisplayName(name);
        return form;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2e90fa));
        graphics.fillRect(0, 0, 80, 40);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(20, 5, 40, 30);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 16 × 8 lossy WebP (blue and orange halves) as a browser's encoder writes it. */
    private static byte[] webp() {
        try (InputStream in = ReportBrandingTest.class.getResourceAsStream("logo-16x8.webp")) {
            return Objects.requireNonNull(in, "logo-16x8.webp").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RIFF/WEBP header the upload checks, then garbage: it passes the upload but cannot be decoded. */
    private static byte[] corruptWebp() {
        byte[] bytes = new byte[512];
        new Random(7).nextBytes(bytes);
        return withHeader(bytes, "VP8 ");
    }

    /** An extended-format header whose canvas is as large as WebP allows, with no image data behind it. */
    private static byte[] webpDeclaring(int width, int height) {
        byte[] bytes = withHeader(new byte[64], "VP8X");
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 10).putInt(24, width - 1)
                .putInt(27, height - 1);
        return bytes;
    }

    private static byte[] withHeader(byte[] bytes, String firstChunk) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(bytes.length - 8).put(("WEBP" + firstChunk).getBytes(StandardCharsets.US_ASCII));
        return bytes;
    }

    private List<String> warnings(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.contains("WARN") && line.contains("could not be decoded")
                && line.contains(tenant.communityId().toString())).toList();
    }
}

package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.IOException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReportPdfTest {

    @Autowired
    ReportService reports;
    @Autowired
    MoneyTestData data;
    @Autowired
    TestTenants tenants;

    @Test
    void theChinesePdfCarriesTheSectionTitlesAndFiguresAsTextInTheShippedFont() throws IOException {
        Fixture tenant = tenants.create();
        ReportPeriod period = ReportPeriod.month(YearMonth.now().minusMonths(1));
        UUID member = data.joinedMember(tenant.operator(), tenant.communityId(), "li");
        OfferSummary course = data.offer(tenant.operator(), "求职训练营", OfferType.PAID_KNOWLEDGE, "1999", "CNY",
                tenant.communityId());
        data.order(tenant.operator(), tenant.communityId(), member, course, "1999",
                period.from().plusDays(2).atTime(10, 0));
        OperationsReport report = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), period,
                Locale.SIMPLIFIED_CHINESE, done -> { }));

        byte[] pdf = ReportPdf.render(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("社群运营报告", "二、用户", "三、活动", "四、内容", "五、变现", "六、工具");
            assertThat(text).contains("净收入（CNY）", "CNY 1,999.00", "求职训练营", "已付订单");
            assertThat(text).contains("本周期暂无数据：没有计划或举办的活动。");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("NotoSansSC");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(400_000);
    }

    @Test
    void userTextCannotBreakTheDocument() throws IOException {
        Fixture tenant = tenants.create();
        ReportPeriod period = ReportPeriod.month(YearMonth.now().minusMonths(1));
        data.offer(tenant.operator(), "<b>Tips & \"tricks\"</b>\u0001", OfferType.SERVICE, "10", "USD",
                tenant.communityId());
        OperationsReport report = SignedIn.as(tenant.operator(), () -> reports.build(tenant.communityId(), period));

        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            assertThat(new PDFTextStripper().getText(document)).contains("<b>Tips & \"tricks\"</b>", "5. Money");
        }
    }

    private static Set<PDFont> fonts(PDDocument document) throws IOException {
        Set<PDFont> fonts = new HashSet<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}

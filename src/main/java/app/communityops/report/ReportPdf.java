package app.communityops.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The report as a PDF. Chinese text needs a font with CJK glyphs; the app ships one (a subset of Noto Sans SC
 * under the SIL Open Font License, docs/decisions/0015-report-pdf-font.md) instead of relying on fonts the
 * server may not have. The renderer embeds only the glyphs used.
 */
public final class ReportPdf {

    static final String FONT = "/fonts/NotoSansSC-Regular-subset.ttf";

    private ReportPdf() {
    }

    public static byte[] render(OperationsReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ReportPdf::font, ReportHtml.FONT_FAMILY);
            builder.withHtmlContent(ReportHtml.of(report, PrintableLogo.of(report)), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return Objects.requireNonNull(ReportPdf.class.getResourceAsStream(FONT), FONT);
    }

    /** "operations-report-2026-11.pdf": ASCII only, so every browser keeps the name. */
    public static String fileName(OperationsReport report, String extension) {
        return "operations-report-" + report.period().code() + "." + extension;
    }
}

package app.communityops.report;

import app.communityops.shared.ImageSniffer;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's logo in a type the PDF renderer reads. openhtmltopdf reads PNG and JPEG, so those pass as they are
 * and a WebP logo is decoded (TwelveMonkeys' pure-Java reader) and written again as PNG. Uploads are checked with
 * the same decoder; a stored WebP that still cannot be decoded is left out, so the PDF is headed by the name alone:
 * a bad logo must not cost the tenant its report.
 */
record PrintableLogo(String contentType, byte[] bytes) {

    private static final Logger log = LoggerFactory.getLogger(PrintableLogo.class);

    /** What the header declared is checked first ({@link ImageSniffer#check}); this is what the decoder sees. */
    private static final long MAX_PIXELS = ImageSniffer.MAX_PIXELS;

    PrintableLogo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The report's logo for its PDF, converted if need be; null without a logo or when it cannot be decoded. */
    static @Nullable PrintableLogo of(OperationsReport report) {
        ReportLogo logo = report.issuerLogo();
        if (logo == null) {
            return null;
        }
        byte[] bytes = logo.bytes();
        // Checked again here, before the PDF renderer or the WebP reader decodes anything: this job serves every
        // tenant, and a logo stored before the upload checked pixel sizes may declare gigabytes.
        ImageSniffer.Verdict verdict = ImageSniffer.check(bytes);
        if (verdict != ImageSniffer.Verdict.ACCEPTABLE) {
            log.warn("The {} logo ({} bytes) of the report on community {} for {} could not be decoded;"
                            + " its PDF shows the issuer's name alone: {} ({})", logo.contentType(), bytes.length,
                    report.communityId(), report.period().code(), verdict, ImageSniffer.size(bytes).orElse(null));
            return null;
        }
        if (logo.contentType().equals("image/png") || logo.contentType().equals("image/jpeg")) {
            return new PrintableLogo(logo.contentType(), bytes);
        }
        try {
            return new PrintableLogo("image/png", png(bytes));
        } catch (IOException | RuntimeException undecodable) {
            // Decoders meet corrupt input with unchecked exceptions too; the reason is enough, the bytes stay out.
            log.warn("The {} logo ({} bytes) of the report on community {} for {} could not be decoded;"
                            + " its PDF shows the issuer's name alone: {}", logo.contentType(), bytes.length,
                    report.communityId(), report.period().code(), undecodable.toString());
            return null;
        }
    }

    /** Whether a WebP decodes into a logo the PDF can show: uploads that do not are refused. */
    static boolean readable(byte[] webp) {
        if (ImageSniffer.check(webp) != ImageSniffer.Verdict.ACCEPTABLE) {
            return false;
        }
        try {
            png(webp);
            return true;
        } catch (IOException | RuntimeException undecodable) {
            return false;
        }
    }

    /**
     * The reader is created here rather than looked up through ImageIO, whose plug-in registry is filled from the
     * class loader of whichever thread first uses it; in the packaged app that one need not see this library.
     */
    private static byte[] png(byte[] webp) throws IOException {
        ImageReader reader = new WebPImageReaderSpi().createReaderInstance(null);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(webp))) {
            reader.setInput(input, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new IIOException("The logo is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                        + " pixels, more than a printed logo needs");
            }
            BufferedImage image = reader.read(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            if (!ImageIO.write(image, "png", out)) {
                throw new IIOException("No PNG writer");
            }
            return out.toByteArray();
        } finally {
            reader.dispose();
        }
    }
}

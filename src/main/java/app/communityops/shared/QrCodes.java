package app.communityops.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes drawn on the server with ZXing, with the quiet zone of four modules the standard asks for: as SVG markup
 * (one path of unit squares, scaled by the viewBox, for the screen and for print at any size) and as PNG (for posts
 * and chat apps). The caller picks the error correction: M where the code is only scanned from a screen, Q where it
 * is printed and may be creased or stamped.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    public static String svg(String text, ErrorCorrectionLevel correction) {
        BitMatrix matrix = matrix(text, correction);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** A PNG of {@code modulePixels} pixels per module, black on white. */
    public static byte[] png(String text, ErrorCorrectionLevel correction, int modulePixels) {
        BitMatrix matrix = matrix(text, correction);
        int size = matrix.getWidth() * modulePixels;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = matrix.get(x / modulePixels, y / modulePixels);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BitMatrix matrix(String text, ErrorCorrectionLevel correction) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, correction, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw a QR code", e);
        }
    }
}

package app.communityops.join;

import app.communityops.shared.QrCodes;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A link's QR code for print and for posts: PNG large enough for a poster, SVG for any size. Error correction Q,
 * so a code printed on a flyer still reads with a crease or a logo stamped on it.
 */
final class JoinQrCodes {

    private static final int PNG_MODULE_PIXELS = 12;

    private JoinQrCodes() {
    }

    static byte[] png(String text) {
        return QrCodes.png(text, ErrorCorrectionLevel.Q, PNG_MODULE_PIXELS);
    }

    static String svg(String text) {
        return QrCodes.svg(text, ErrorCorrectionLevel.Q);
    }
}

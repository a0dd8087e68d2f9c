package app.communityops.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells PNG, JPEG and WebP apart by their first bytes. The file name and the browser's declared type are the
 * uploader's to choose, so they decide nothing. Every image upload (a community's logo, a tenant's report logo)
 * is checked here.
 */
public final class ImageSniffer {

    /** The largest logo accepted anywhere: 1 MB. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    private ImageSniffer() {
    }

    /** "image/png", "image/jpeg" or "image/webp", or empty for anything else. */
    public static Optional<String> type(byte[] bytes) {
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length + 4
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}

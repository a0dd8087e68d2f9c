package app.communityops.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells PNG, JPEG and WebP apart by their first bytes, and reads the pixel size they declare from their headers
 * without decoding them. The file name and the browser's declared type are the uploader's to choose, so they decide
 * nothing. Every image upload (a community's logo, a tenant's report logo) is checked here, and so is every image
 * before it is decoded: a file of a few kilobytes may declare a size that takes gigabytes once decoded.
 */
public final class ImageSniffer {

    /** The largest logo accepted anywhere: 1 MB. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    /** The most pixels a logo may have: 4096 × 4096, 64 MB once decoded; a printed logo needs a fraction of it. */
    public static final long MAX_PIXELS = 4096L * 4096L;

    /** What an image declares in its header. */
    public record Size(long width, long height) {

        public long pixels() {
            return width * height;
        }
    }

    /** The outcome of {@link #check}: a logo that may be decoded, or why not. */
    public enum Verdict { ACCEPTABLE, TOO_MANY_BYTES, NOT_AN_IMAGE, NO_SIZE, TOO_MANY_PIXELS }

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

    /**
     * Whether the bytes may be decoded as a logo: at most {@link #MAX_LOGO_BYTES}, PNG, JPEG or WebP, and a size
     * read from the header of at most {@link #MAX_PIXELS}. Called at upload and again wherever a logo is decoded.
     */
    public static Verdict check(byte[] bytes) {
        if (bytes.length > MAX_LOGO_BYTES) {
            return Verdict.TOO_MANY_BYTES;
        }
        if (type(bytes).isEmpty()) {
            return Verdict.NOT_AN_IMAGE;
        }
        Optional<Size> size = size(bytes);
        if (size.isEmpty()) {
            return Verdict.NO_SIZE;
        }
        return size.get().pixels() > MAX_PIXELS ? Verdict.TOO_MANY_PIXELS : Verdict.ACCEPTABLE;
    }

    /**
     * The pixel size the image declares, read from its header alone; empty when the header holds none or is
     * broken. For WebP the largest of every size it declares (canvas, frames, bitstreams).
     */
    public static Optional<Size> size(byte[] bytes) {
        try {
            return switch (type(bytes).orElse("")) {
                case "image/png" -> pngSize(bytes);
                case "image/jpeg" -> jpegSize(bytes);
                case "image/webp" -> webpSize(bytes);
                default -> Optional.empty();
            };
        } catch (IndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
    }

    /** The IHDR chunk comes first; APNG frames may not exceed it. */
    private static Optional<Size> pngSize(byte[] bytes) {
        if (!(bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R')) {
            return Optional.empty();
        }
        return positive(uint32(bytes, 16), uint32(bytes, 20));
    }

    /** The first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC) before the scan data. */
    private static Optional<Size> jpegSize(byte[] bytes) {
        int at = 2;
        while (at + 3 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                at += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty();
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return positive(uint16(bytes, at + 7), uint16(bytes, at + 5));
            }
            at += 2 + uint16(bytes, at + 2);
        }
        return Optional.empty();
    }

    private static Optional<Size> webpSize(byte[] bytes) {
        long[] largest = new long[2];
        int end = (int) Math.min(bytes.length, 8 + uint32le(bytes, 4));
        if (!webpChunks(bytes, 12, end, largest)) {
            return Optional.empty();
        }
        return positive(largest[0], largest[1]);
    }

    /** Walks the chunks from {@code at} to {@code end}, keeping the largest width and height declared. */
    private static boolean webpChunks(byte[] bytes, int at, int end, long[] largest) {
        boolean found = false;
        while (at + 8 <= end) {
            String fourCc = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long length = uint32le(bytes, at + 4);
            int data = at + 8;
            switch (fourCc) {
                case "VP8X" -> found |= keep(largest, uint24le(bytes, data + 4) + 1, uint24le(bytes, data + 7) + 1);
                case "VP8L" -> {
                    if ((bytes[data] & 0xFF) != 0x2F) {
                        return false;
                    }
                    long bits = uint32le(bytes, data + 1);
                    found |= keep(largest, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
                }
                case "VP8 " -> {
                    if ((bytes[data + 3] & 0xFF) != 0x9D || (bytes[data + 4] & 0xFF) != 0x01
                            || (bytes[data + 5] & 0xFF) != 0x2A) {
                        return false;
                    }
                    found |= keep(largest, uint16le(bytes, data + 6) & 0x3FFF, uint16le(bytes, data + 8) & 0x3FFF);
                }
                case "ANMF" -> {
                    found |= keep(largest, uint24le(bytes, data + 6) + 1, uint24le(bytes, data + 9) + 1);
                    webpChunks(bytes, data + 16, (int) Math.min(end, data + length), largest);
                }
                default -> {
                }
            }
            at = (int) Math.min(Integer.MAX_VALUE, data + length + (length & 1));
        }
        return found;
    }

    private static boolean keep(long[] largest, long width, long height) {
        largest[0] = Math.max(largest[0], width);
        largest[1] = Math.max(largest[1], height);
        return true;
    }

    private static Optional<Size> positive(long width, long height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    private static long uint32(byte[] bytes, int at) {
        return ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    private static int uint16(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static long uint32le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8) | ((bytes[at + 2] & 0xFF) << 16)
                | ((long) (bytes[at + 3] & 0xFF) << 24);
    }

    private static long uint24le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8) | ((bytes[at + 2] & 0xFF) << 16);
    }

    private static int uint16le(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length + 4
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}

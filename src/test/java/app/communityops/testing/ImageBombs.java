package app.communityops.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Images for upload tests, made here: small real ones, and decompression bombs (a few hundred bytes declaring a
 * size that takes gigabytes once decoded) of every accepted format.
 */
public final class ImageBombs {

    private ImageBombs() {
    }

    /** A real PNG of the given size. */
    public static byte[] png(int width, int height) {
        return encode(width, height, "png");
    }

    /** A real JPEG of the given size. */
    public static byte[] jpeg(int width, int height) {
        return encode(width, height, "jpg");
    }

    /** A real 16 × 8 lossy WebP, as a browser's encoder writes it. */
    public static byte[] webp() {
        try (InputStream in = ImageBombs.class.getResourceAsStream("/app/communityops/report/logo-16x8.webp")) {
            return Objects.requireNonNull(in, "logo-16x8.webp").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bomb by name: each under 2 KB, each declaring at least 16,383 × 16,383 pixels. */
    public static Map<String, byte[]> all() {
        return Map.of(
                "PNG 100000 × 100000", pngBomb(100_000, 100_000),
                "JPEG 65500 × 65500", jpegBomb(65_500, 65_500),
                "WebP lossy 16383 × 16383", webpLossyBomb(16_383, 16_383),
                "WebP lossless 16384 × 16384", webpLosslessBomb(16_384, 16_384),
                "WebP extended canvas 16777216 × 16384", webpExtendedBomb(16_777_216, 16_384),
                "WebP small canvas, huge lossless bitstream", webpSmallCanvasHugeBitstream());
    }

    /**
     * A PNG whose header declares {@code width × height} RGBA pixels, followed by a little compressed image data
     * and the end chunk, every chunk with its checksum: decoders allocate the whole raster before reading on.
     */
    public static byte[] pngBomb(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed,
                    new Deflater(Deflater.BEST_COMPRESSION))) {
                deflate.write(new byte[64 * 1024]);
            }
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real small JPEG whose start-of-frame is rewritten to declare {@code width × height}. */
    public static byte[] jpegBomb(int width, int height) {
        byte[] bytes = jpeg(8, 8);
        for (int at = 2; at + 8 < bytes.length; ) {
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xC0 || marker == 0xC2) {
                ByteBuffer.wrap(bytes, at + 5, 4).putShort((short) height).putShort((short) width);
                return bytes;
            }
            at += 2 + (((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF));
        }
        throw new IllegalStateException("No start-of-frame in the encoder's JPEG");
    }

    public static byte[] webpLossyBomb(int width, int height) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) 0x10).put((byte) 0x02).put((byte) 0).put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A)
                .putShort((short) width).putShort((short) height);
        return riff(chunk("VP8 ", data.array()));
    }

    public static byte[] webpLosslessBomb(int width, int height) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) 0x2F).putInt((width - 1) | ((height - 1) << 14));
        return riff(chunk("VP8L", data.array()));
    }

    public static byte[] webpExtendedBomb(int width, int height) {
        return riff(chunk("VP8X", extended(width, height)));
    }

    /** A 16 × 16 canvas whose lossless bitstream declares 16,384 × 16,384. */
    public static byte[] webpSmallCanvasHugeBitstream() {
        ByteBuffer bitstream = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        bitstream.put((byte) 0x2F).putInt((16_384 - 1) | ((16_384 - 1) << 14));
        return riff(concat(chunk("VP8X", extended(16, 16)), chunk("VP8L", bitstream.array())));
    }

    private static byte[] extended(int width, int height) {
        ByteBuffer data = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) 0).put(new byte[3]);
        put24(data, width - 1);
        put24(data, height - 1);
        return data.array();
    }

    private static void put24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    private static byte[] chunk(String fourCc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[] chunks) {
        ByteBuffer file = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks);
        return file.array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream stream = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        stream.writeInt(data.length);
        stream.write(name);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2e90fa));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

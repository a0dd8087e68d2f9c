package app.communityops.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells UTF-8 from GBK. A byte order mark means UTF-8, and so does a file that decodes as UTF-8 without error.
 * Otherwise the file is UTF-8 if its valid non-ASCII characters outnumber its broken sequences (GBK text almost
 * never forms valid UTF-8 sequences, while UTF-8 Chinese often passes as GBK, so the test must start from UTF-8),
 * and GBK if GBK decodes it with fewer errors. A UTF-8 file with a few broken bytes thus stays UTF-8 and exactly
 * those cells are reported, instead of the whole file turning into mojibake.
 */
public final class EncodingDetector {

    private EncodingDetector() {
    }

    public static CsvEncoding detect(Path file) throws IOException {
        if (hasUtf8Bom(file)) {
            return CsvEncoding.UTF_8;
        }
        Scan utf8 = scan(file, CsvEncoding.UTF_8);
        if (utf8.errors() == 0 || utf8.nonAscii() > utf8.errors()) {
            return CsvEncoding.UTF_8;
        }
        return scan(file, CsvEncoding.GBK).errors() < utf8.errors() ? CsvEncoding.GBK : CsvEncoding.UTF_8;
    }

    static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /** How a strict decoding went: malformed or unmappable sequences, and correctly decoded non-ASCII characters. */
    record Scan(long errors, long nonAscii) {
    }

    static Scan scan(Path file, CsvEncoding encoding) throws IOException {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long errors = 0;
        long nonAscii = 0;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                while (true) {
                    CoderResult result = decoder.decode(bytes, chars, end);
                    nonAscii += countNonAscii(chars);
                    if (result.isError()) {
                        errors++;
                        bytes.position(bytes.position() + result.length());
                    } else if (!result.isOverflow()) {
                        break;
                    }
                }
                bytes.compact();
            }
        }
        return new Scan(errors, nonAscii);
    }

    private static long countNonAscii(CharBuffer chars) {
        long count = 0;
        chars.flip();
        while (chars.hasRemaining()) {
            if (chars.get() > 0x7F) {
                count++;
            }
        }
        chars.clear();
        return count;
    }
}

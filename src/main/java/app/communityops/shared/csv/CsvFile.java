package app.communityops.shared.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CSV file with the encoding and delimiter it is read with. Undecodable bytes become U+FFFD, which
 * the row checks report per cell, so a few broken bytes point at their rows instead of failing the whole read.
 */
public final class CsvFile {

    /** Longer than any imported column allows (member notes: 2,000), so an over-long cell is still recognised as one. */
    public static final int MAX_CELL_CHARS = 4_000;
    public static final int MAX_CELLS = 200;

    private final Path path;
    private final CsvEncoding encoding;
    private final CsvDelimiter delimiter;

    private CsvFile(Path path, CsvEncoding encoding, CsvDelimiter delimiter) {
        this.path = path;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /** Opens the file with the encoding and delimiter given, detecting whichever is null. */
    public static CsvFile open(Path path, @Nullable CsvEncoding encoding, @Nullable CsvDelimiter delimiter)
            throws IOException {
        CsvEncoding read = encoding != null ? encoding : EncodingDetector.detect(path);
        CsvDelimiter split = delimiter != null ? delimiter : CsvDelimiter.sniff(firstLine(path, read));
        return new CsvFile(path, read, split);
    }

    public CsvEncoding encoding() {
        return encoding;
    }

    public CsvDelimiter delimiter() {
        return delimiter;
    }

    public long size() throws IOException {
        return Files.size(path);
    }

    public CsvRecordReader records() throws IOException {
        return records(new AtomicLong());
    }

    /** Records of the file; {@code bytesRead} follows how far the file has been read, for progress. */
    public CsvRecordReader records(AtomicLong bytesRead) throws IOException {
        return new CsvRecordReader(reader(path, encoding, bytesRead), delimiter.character(), MAX_CELL_CHARS, MAX_CELLS);
    }

    private static String firstLine(Path path, CsvEncoding encoding) throws IOException {
        try (Reader reader = reader(path, encoding, new AtomicLong())) {
            char[] head = new char[1 << 16];
            int length = reader.read(head);
            String text = length <= 0 ? "" : new String(head, 0, length);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }

    private static Reader reader(Path path, CsvEncoding encoding, AtomicLong bytesRead) throws IOException {
        InputStream counted = new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int read = super.read(bytes, offset, length);
                if (read > 0) {
                    bytesRead.addAndGet(read);
                }
                return read;
            }
        };
        return new InputStreamReader(counted, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}

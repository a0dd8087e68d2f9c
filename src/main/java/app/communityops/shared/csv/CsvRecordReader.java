package app.communityops.shared.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 records (quoted cells, doubled quotes, line breaks inside quotes, CRLF, LF or CR) with bounded
 * memory: a cell keeps at most {@code maxCellChars} characters and a record at most {@code maxCells} cells, the
 * rest is read past without being stored. commons-csv has no such limit, so a single 10 MB cell would have to be
 * held whole and a reader that stops at the limit could not go on to report the rest of the file.
 *
 * <p>Lenient where Excel is: characters after a closing quote are kept, a quote inside an unquoted cell is text.
 */
public final class CsvRecordReader implements Closeable {

    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final int maxCellChars;
    private final int maxCells;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean atStart = true;

    public CsvRecordReader(Reader in, char delimiter, int maxCellChars, int maxCells) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCellChars = maxCellChars;
        this.maxCells = maxCells;
    }

    /** The next record, or null at the end of the file. */
    public @Nullable CsvRecord next() throws IOException {
        int c = read();
        if (atStart && c == '\uFEFF') {
            c = read();
        }
        atStart = false;
        if (c == EOF) {
            return null;
        }
        long startLine = line;
        List<CsvRecord.Cell> cells = new ArrayList<>();
        int extra = 0;
        StringBuilder cell = new StringBuilder();
        boolean oversized = false;
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            if (inQuotes) {
                if (c == EOF) {
                    addCell(cells, cell, oversized);
                    return new CsvRecord(startLine, cells, extra, true);
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        oversized |= append(cell, '"');
                    } else {
                        inQuotes = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n' || c == '\r' && peek() != '\n') {
                        line++;
                    }
                    oversized |= append(cell, (char) c);
                }
            } else if (c == delimiter) {
                if (cells.size() < maxCells) {
                    addCell(cells, cell, oversized);
                } else {
                    extra++;
                }
                cell.setLength(0);
                oversized = false;
                quoted = false;
            } else if (c == '\r' || c == '\n' || c == EOF) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != EOF) {
                    line++;
                }
                if (cells.size() < maxCells) {
                    addCell(cells, cell, oversized);
                } else {
                    extra++;
                }
                return new CsvRecord(startLine, cells, extra, false);
            } else if (c == '"' && cell.isEmpty() && !quoted && !oversized) {
                inQuotes = true;
                quoted = true;
            } else {
                oversized |= append(cell, (char) c);
            }
            c = read();
        }
    }

    private boolean append(StringBuilder cell, char c) {
        if (cell.length() < maxCellChars) {
            cell.append(c);
            return false;
        }
        return true;
    }

    private static void addCell(List<CsvRecord.Cell> cells, StringBuilder cell, boolean oversized) {
        cells.add(new CsvRecord.Cell(cell.toString(), oversized));
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c != EOF) {
            position--;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

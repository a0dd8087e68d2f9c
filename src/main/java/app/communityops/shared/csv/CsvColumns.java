package app.communityops.shared.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a file fills which field of an import, found from the header by the field's names (compared
 * without case, spaces, underscores or hyphens), and the cells of a record read through it: formula escapes taken
 * off, and over-long or badly decoded cells reported instead of read.
 *
 * @param <F> the import's fields
 */
public final class CsvColumns<F extends Enum<F>> {

    private final List<String> headers;
    private final Map<F, Integer> columns;
    private final List<ImportProblem> headerProblems = new ArrayList<>();

    /** {@code names} gives a field's header names; {@code required} the fields the file must have. */
    public CsvColumns(Class<F> fields, CsvRecord header, Function<F, List<String>> names, List<F> required) {
        this.headers = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            headers.add(header.value(i).strip());
        }
        this.columns = new EnumMap<>(fields);
        for (int i = 0; i < headers.size(); i++) {
            String key = normalise(headers.get(i));
            for (F field : fields.getEnumConstants()) {
                if (!key.isEmpty() && names.apply(field).stream().map(CsvColumns::normalise).anyMatch(key::equals)) {
                    if (columns.containsKey(field)) {
                        headerProblems.add(ImportProblem.of(1, headers.get(i), "shared.csv.reason.sameColumn"));
                    } else {
                        columns.put(field, i);
                    }
                }
            }
        }
        for (F field : required) {
            if (!columns.containsKey(field)) {
                headerProblems.add(ImportProblem.of(1, null, "shared.csv.reason.missingColumn",
                        names.apply(field).getFirst()));
            }
        }
    }

    /** Required columns missing from the header, or a field named by two columns. */
    public List<ImportProblem> headerProblems() {
        return List.copyOf(headerProblems);
    }

    /** The column's name as the file spells it, for problems; the field's own name when the file lacks it. */
    public @Nullable String header(F field) {
        Integer column = columns.get(field);
        return column == null ? null : headers.get(column);
    }

    public int width() {
        return headers.size();
    }

    /**
     * The field's cell, stripped and without the formula escape; null when the file lacks the column, the cell is
     * empty, or the cell cannot be read (reported: longer than {@code maxLength}, or undecodable bytes).
     */
    public @Nullable String cell(CsvRecord record, F field, int maxLength, Consumer<ImportProblem> problems) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        String value = record.value(column);
        if (record.oversized(column) || value.strip().length() > maxLength) {
            problems.accept(ImportProblem.of(record.line(), headers.get(column), "shared.csv.reason.tooLong",
                    maxLength));
            return null;
        }
        if (value.indexOf('\uFFFD') >= 0) {
            problems.accept(ImportProblem.of(record.line(), headers.get(column), "shared.csv.reason.badEncoding"));
            return null;
        }
        String stripped = CsvCells.unescape(value.strip());
        return stripped.isEmpty() ? null : stripped;
    }

    /** Reports a record whose quote never closes or that has more cells than the header; true when it is whole. */
    public boolean whole(CsvRecord record, Consumer<ImportProblem> problems) {
        boolean whole = true;
        if (record.unclosedQuote()) {
            problems.accept(ImportProblem.of(record.line(), null, "shared.csv.reason.unclosedQuote"));
            whole = false;
        }
        boolean extra = record.extraCells() > 0;
        for (int i = headers.size(); i < record.cells().size() && !extra; i++) {
            extra = !record.value(i).isBlank();
        }
        if (extra) {
            problems.accept(ImportProblem.of(record.line(), null, "shared.csv.reason.extraCells", headers.size()));
            whole = false;
        }
        return whole;
    }

    static String normalise(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-' && c != '\uFEFF') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}

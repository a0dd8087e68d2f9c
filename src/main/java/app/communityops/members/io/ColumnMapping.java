package app.communityops.members.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which field each column of the file fills, by position; a column mapped to nothing is ignored. Auto-mapping
 * takes the first column whose header names a field, and the user may change any of it in the preview.
 */
public final class ColumnMapping {

    private final List<@Nullable ImportField> columns;

    public ColumnMapping(List<@Nullable ImportField> columns) {
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    public static ColumnMapping auto(List<String> headers) {
        List<@Nullable ImportField> columns = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String header : headers) {
            ImportField field = ImportField.forHeader(header).filter(taken::add).orElse(null);
            columns.add(field);
        }
        return new ColumnMapping(columns);
    }

    public List<@Nullable ImportField> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    public @Nullable ImportField field(int column) {
        return column < columns.size() ? columns.get(column) : null;
    }

    public ColumnMapping with(int column, @Nullable ImportField field) {
        List<@Nullable ImportField> changed = new ArrayList<>(columns);
        changed.set(column, field);
        return new ColumnMapping(changed);
    }

    /** Column index of each mapped field (the first one, should a field be mapped twice). */
    public Map<ImportField, Integer> byField() {
        Map<ImportField, Integer> positions = new EnumMap<>(ImportField.class);
        for (int i = 0; i < columns.size(); i++) {
            ImportField field = columns.get(i);
            if (field != null) {
                positions.putIfAbsent(field, i);
            }
        }
        return positions;
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(byField().get(field));
    }

    public Set<ImportField> missingRequired() {
        Set<ImportField> missing = EnumSet.noneOf(ImportField.class);
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.contains(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    public Set<ImportField> mappedTwice() {
        Set<ImportField> seen = new HashSet<>();
        Set<ImportField> twice = EnumSet.noneOf(ImportField.class);
        for (ImportField field : columns) {
            if (field != null && !seen.add(field)) {
                twice.add(field);
            }
        }
        return twice;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}

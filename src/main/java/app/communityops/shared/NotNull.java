package app.communityops.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Values whose type says "may be null" where the code knows better. Spring types what a query returns as possibly
 * null, since a column may allow null; for a NOT NULL column (an id, a count) it cannot be. {@code Map.get} may find
 * nothing; in a map filled in advance with every key it is asked for (one entry per community, per KPI) it always
 * finds something. These say so where the value is read, and fail at once, naming the cause, if that stops holding.
 */
public final class NotNull {

    private static final String NULL_IN_NOT_NULL_COLUMN = "a NOT NULL column was read as null";

    private NotNull() {
    }

    /** The values of one NOT NULL column, as {@code queryForList(sql, type, args)} returns them. */
    public static <T> List<T> column(List<@Nullable T> values) {
        List<T> checked = new ArrayList<>(values.size());
        for (T value : values) {
            checked.add(Objects.requireNonNull(value, NULL_IN_NOT_NULL_COLUMN));
        }
        return checked;
    }

    /** One value of a NOT NULL column, as {@code queryForObject} or a row map returns it. */
    public static <T> T value(@Nullable T value) {
        return Objects.requireNonNull(value, NULL_IN_NOT_NULL_COLUMN);
    }

    /** The value of a key the map was filled with in advance. */
    public static <K, V> V entry(Map<K, V> map, K key) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("no entry for " + key + " in a map filled with every key");
        }
        return value;
    }
}

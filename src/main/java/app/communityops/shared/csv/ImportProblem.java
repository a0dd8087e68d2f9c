package app.communityops.shared.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a file cannot be imported: the line it starts on (0 for the file as a whole), the column's header as the
 * file names it (null when the problem is not one cell's), and the reason as an i18n key with its arguments.
 */
public record ImportProblem(long line, @Nullable String column, String reasonKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem whose reason is the i18n key {@code reasonKey}; the arguments are shown as text. */
    public static ImportProblem of(long line, @Nullable String column, String reasonKey, Object... arguments) {
        return new ImportProblem(line, column, reasonKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}

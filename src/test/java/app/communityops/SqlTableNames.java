package app.communityops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a Java source file names in its SQL: the text of its string literals and text blocks (comments and
 * code are skipped), read after {@code from}, {@code join}, {@code into}, {@code update}, {@code delete from},
 * {@code copy} and {@code truncate}. Only names that are tables of the schema count, so prose in a string
 * ("from the list") is not mistaken for SQL.
 */
final class SqlTableNames {

    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "\\b(?:from|join|into|update|copy|truncate(?:\\s+table)?)\\s+(?:only\\s+)?\"?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    private SqlTableNames() {
    }

    /** The schema's tables that the SQL in {@code source} names, in the order first named. */
    static Set<String> in(String source, Set<String> tables) {
        Set<String> named = new LinkedHashSet<>();
        for (String literal : literals(source)) {
            Matcher matcher = TABLE_AFTER_KEYWORD.matcher(literal);
            while (matcher.find()) {
                String name = matcher.group(1).toLowerCase(Locale.ROOT);
                if (tables.contains(name)) {
                    named.add(name);
                }
            }
        }
        return named;
    }

    /**
     * The string literals and text blocks of a Java source, each as written (escapes are kept, they do not matter
     * here). Literals joined with {@code +} are read as one, so a statement split over lines still reads
     * "from" next to its table.
     */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder joined = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = skipTo(source, i, "\n");
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = skipTo(source, i + 2, "*/");
            } else if (c == '\'') {
                i = endOfQuoted(source, i, '\'');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                joined = append(joined, source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = endOfQuoted(source, i, '"');
                joined = append(joined, source.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end;
            } else if (c == '+' || Character.isWhitespace(c)) {
                i++;
            } else {
                if (joined != null) {
                    literals.add(joined.toString());
                    joined = null;
                }
                i++;
            }
        }
        if (joined != null) {
            literals.add(joined.toString());
        }
        return literals;
    }

    private static StringBuilder append(StringBuilder joined, String text) {
        return (joined == null ? new StringBuilder() : joined.append(' ')).append(text);
    }

    private static int skipTo(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    /** The index after the closing quote of the literal that opens at {@code start}. */
    private static int endOfQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }
}

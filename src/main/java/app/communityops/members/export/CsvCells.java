package app.communityops.members.export;

import org.jspecify.annotations.Nullable;

/**
 * One CSV cell, quoted as RFC 4180 asks and defused for spreadsheets: a value that starts like a formula
 * ({@code = + - @}, tab or carriage return) gets a leading apostrophe, so Excel or WPS shows it as text instead
 * of running it (OWASP "CSV injection").
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.startsWith("'");
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

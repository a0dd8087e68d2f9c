package app.communityops.shared.csv;

/**
 * Spreadsheet formula injection: a cell starting with {@code = + - @}, a tab or a carriage return is run as a
 * formula by Excel and friends ({@code =cmd|' /C calc'!A0}). Every CSV the console writes passes its cells
 * through {@link #safe}, which prefixes such a cell with an apostrophe so it shows as text; an import takes that
 * apostrophe off again, so an exported file imports back unchanged.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String safe(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Undoes {@link #safe} on an imported cell. */
    public static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}

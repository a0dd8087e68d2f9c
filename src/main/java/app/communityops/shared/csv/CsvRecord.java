package app.communityops.shared.csv;

import java.util.List;

/**
 * One record of a CSV file. A cell longer than the reader's cap keeps only its first characters and says so;
 * {@code extraCells} counts cells beyond the reader's column limit, which are dropped unread.
 */
public record CsvRecord(long line, List<Cell> cells, int extraCells, boolean unclosedQuote) {

    public record Cell(String value, boolean oversized) {
    }

    public String value(int column) {
        return column < cells.size() ? cells.get(column).value() : "";
    }

    public boolean oversized(int column) {
        return column < cells.size() && cells.get(column).oversized();
    }

    public boolean blank() {
        return extraCells == 0 && cells.stream().allMatch(cell -> !cell.oversized() && cell.value().isBlank());
    }
}

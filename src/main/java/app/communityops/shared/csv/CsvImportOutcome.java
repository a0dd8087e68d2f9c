package app.communityops.shared.csv;

import java.util.List;

/**
 * The result of checking or importing a file whose rows each write one record: {@code written} rows were (or, on a
 * check, would be) written, {@code skipped} were already imported before. With any problem nothing was written;
 * {@code moreProblems} counts those beyond the listed ones.
 */
public record CsvImportOutcome(int rows, int written, int skipped, boolean imported, List<ImportProblem> problems,
                               long moreProblems) {

    public CsvImportOutcome {
        problems = List.copyOf(problems);
    }

    public static CsvImportOutcome refused(ProblemList problems, int rows) {
        return new CsvImportOutcome(rows, 0, 0, false, problems.sorted(), problems.beyondLimit());
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

package app.communityops.members.io;

import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ProblemList;
import java.util.List;

/**
 * The result of checking or importing a file. With any problem nothing was written; {@code moreProblems} counts
 * those beyond the listed ones. {@code created} are members new to the community, {@code updated} those already in it.
 */
public record ImportOutcome(int rows, int created, int updated, boolean imported, List<ImportProblem> problems,
                            long moreProblems) {

    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    /** A file that is not imported, for the problems listed. */
    static ImportOutcome refused(ProblemList problems, int rows) {
        return new ImportOutcome(rows, 0, 0, false, problems.sorted(), problems.beyondLimit());
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

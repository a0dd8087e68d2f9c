package app.communityops.members.io;

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

    public boolean valid() {
        return problems.isEmpty();
    }
}

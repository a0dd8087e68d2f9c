package app.communityops.members.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Collects problems up to a limit that keeps a file of nothing but errors from filling the memory. */
final class ProblemList implements Consumer<ImportProblem> {

    static final int LIMIT = 100_000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private long beyondLimit;

    @Override
    public void accept(ImportProblem problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            beyondLimit++;
        }
    }

    void addAll(List<ImportProblem> more) {
        more.forEach(this);
    }

    /** Moves these problems (and the count of those beyond the limit) into another list. */
    void drainTo(ProblemList other) {
        problems.forEach(other);
        other.beyondLimit += beyondLimit;
        problems.clear();
        beyondLimit = 0;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    ImportOutcome outcome(int rows) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(ImportProblem::line));
        return new ImportOutcome(rows, 0, 0, false, sorted, beyondLimit);
    }
}

package app.communityops.shared.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Collects problems up to a limit that keeps a file of nothing but errors from filling the memory. */
public final class ProblemList implements Consumer<ImportProblem> {

    public static final int LIMIT = 100_000;

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

    public void addAll(List<ImportProblem> more) {
        more.forEach(this);
    }

    /** Moves these problems (and the count of those beyond the limit) into another list. */
    public void drainTo(ProblemList other) {
        problems.forEach(other);
        other.beyondLimit += beyondLimit;
        problems.clear();
        beyondLimit = 0;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems collected, by line. */
    public List<ImportProblem> sorted() {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(ImportProblem::line));
        return sorted;
    }

    /** How many problems were counted but not kept. */
    public long beyondLimit() {
        return beyondLimit;
    }
}

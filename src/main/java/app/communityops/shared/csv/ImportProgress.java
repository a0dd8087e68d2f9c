package app.communityops.shared.csv;

/** Where a long check or import stands; called from the worker thread, so listeners hand over to the UI themselves. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, fraction) -> { };

    enum Step { READING, CHECKING, WRITING }

    void report(Step step, double fraction);
}

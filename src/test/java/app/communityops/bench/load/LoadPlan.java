package app.communityops.bench.load;

import java.time.Duration;
import java.util.List;

/**
 * What one load run does: where the console is, how many people are signed in at once, how long they work, and who
 * they are; and how many strangers a second open a join link ({@code visitorsPerSecond}, none when zero), from
 * when on ({@code visitorsAfter} the start: once the console's users have signed in) and through which links. Gatling instantiates the simulation class itself, in this JVM, so the benchmark hands the plan over
 * through this holder before it starts a run.
 */
record LoadPlan(String baseUrl, int users, Duration rampUp, Duration steady, List<LoadUser> population,
                boolean park, double visitorsPerSecond, Duration visitorsAfter, List<String> joinLinks) {

    private static volatile LoadPlan current;

    static void set(LoadPlan plan) {
        current = plan;
    }

    static LoadPlan current() {
        LoadPlan plan = current;
        if (plan == null) {
            throw new IllegalStateException("no load plan: run the simulation from UiLoadBenchmark");
        }
        return plan;
    }

    enum Role { TENANT_ADMIN, OPERATOR, CLIENT }

    /** A community a user can open, with a member name that exists in it (for the grid search). */
    record Community(String id, String name, String memberName) {
    }

    record LoadUser(String email, String password, Role role, List<Community> communities) {
    }
}

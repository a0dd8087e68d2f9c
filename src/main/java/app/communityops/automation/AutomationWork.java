package app.communityops.automation;

import app.communityops.shared.scheduling.TenantJobs;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One pass of the engine job over one tenant: dispatch signals until the queue is empty (or a bound is reached),
 * then run every due run, each in its own transaction (two at a time, {@code communityops.automation.threads}), so
 * one failing run neither blocks nor undoes the others.
 */
@Component
public class AutomationWork {

    private static final Logger log = LoggerFactory.getLogger(AutomationWork.class);
    /** Signals dispatched per pass at most, so one busy tenant cannot hold the job for long. */
    static final int MAX_BATCHES = 25;

    private final TenantJobs jobs;
    private final AutomationEngine engine;
    private final AutomationScans scans;
    private final int threads;

    AutomationWork(TenantJobs jobs, AutomationEngine engine, AutomationScans scans,
                   @Value("${communityops.automation.threads:2}") int threads) {
        this.threads = Math.max(1, threads);
        this.jobs = jobs;
        this.engine = engine;
        this.scans = scans;
    }

    /**
     * Passes of the engine every {@code interval} until {@code window} is over: the job is picked up once per
     * scheduler poll (30 s by default) and keeps its claim meanwhile, so facts wait about one interval, not one poll.
     */
    void runFor(java.time.Duration window, java.time.Duration interval) {
        long until = System.nanoTime() + window.toNanos();
        while (true) {
            runAll();
            if (System.nanoTime() + interval.toNanos() >= until) {
                return;
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The engine over every active tenant. */
    void runAll() {
        for (UUID tenant : jobs.activeTenants()) {
            try {
                run(tenant);
            } catch (RuntimeException failure) {
                log.error("Automation engine failed for tenant {}", tenant, failure);
            }
        }
    }

    /** The scans and the clock over every active tenant. */
    void scanAll() {
        for (UUID tenant : jobs.activeTenants()) {
            try {
                jobs.inTenant(tenant, scans::scan);
            } catch (RuntimeException failure) {
                log.error("Automation scans failed for tenant {}", tenant, failure);
            }
        }
    }

    void trimAll() {
        jobs.forEachActiveTenant("automation-retention", tenant -> scans.trimSignals());
    }

    /** One pass over one tenant; answers how many runs it finished. Tests call it to run the job's work. */
    public int run(UUID tenant) {
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Integer taken = jobs.inTenant(tenant, engine::dispatch);
            if (taken == null || taken < AutomationEngine.BATCH) {
                break;
            }
        }
        List<UUID> due = jobs.inTenant(tenant, engine::dueRuns);
        if (due == null || due.isEmpty()) {
            return 0;
        }
        if (threads <= 1 || due.size() < 2 * threads) {
            return (int) due.stream().filter(run -> execute(tenant, run)).count();
        }
        // Runs are independent transactions that each claim their row, so they can go side by side.
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            for (UUID run : due) {
                results.add(pool.submit(() -> execute(tenant, run)));
            }
        }
        int finished = 0;
        for (java.util.concurrent.Future<Boolean> result : results) {
            if (Boolean.TRUE.equals(result.resultNow())) {
                finished++;
            }
        }
        return finished;
    }

    /** One run in its own transaction; a failure is recorded in another, for the retry. */
    private boolean execute(UUID tenant, UUID run) {
        try {
            return Boolean.TRUE.equals(jobs.inTenant(tenant, () -> engine.execute(run)));
        } catch (RuntimeException failure) {
            log.warn("Automation run {} of tenant {} failed", run, tenant, failure);
            jobs.inTenant(tenant, () -> engine.recordFailure(run, describe(failure)));
            return false;
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

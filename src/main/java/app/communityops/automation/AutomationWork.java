package app.communityops.automation;

import app.communityops.shared.scheduling.TenantJobs;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass of the engine job over one tenant: dispatch signals until the queue is empty (or a bound is reached),
 * then run every due run, each in its own transaction, so one failing run neither blocks nor undoes the others.
 */
@Component
public class AutomationWork {

    private static final Logger log = LoggerFactory.getLogger(AutomationWork.class);
    /** Signals dispatched per pass at most, so one busy tenant cannot hold the job for long. */
    static final int MAX_BATCHES = 25;

    private final TenantJobs jobs;
    private final AutomationEngine engine;
    private final AutomationScans scans;

    AutomationWork(TenantJobs jobs, AutomationEngine engine, AutomationScans scans) {
        this.jobs = jobs;
        this.engine = engine;
        this.scans = scans;
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
        int finished = 0;
        for (UUID run : due == null ? List.<UUID>of() : due) {
            try {
                if (Boolean.TRUE.equals(jobs.inTenant(tenant, () -> engine.execute(run)))) {
                    finished++;
                }
            } catch (RuntimeException failure) {
                log.warn("Automation run {} of tenant {} failed", run, tenant, failure);
                jobs.inTenant(tenant, () -> engine.recordFailure(run, describe(failure)));
            }
        }
        return finished;
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

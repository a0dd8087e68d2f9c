package app.communityops.kpi.ui;

import app.communityops.shared.SignedInWorkers;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs rollup rebuilds off the UI thread, one at a time, as the tenant admin who asked: the service checks that
 * user's rights and works in that user's tenant, both taken from the security context.
 */
@Component
class RollupWorker implements DisposableBean {

    private final SignedInWorkers workers = new SignedInWorkers(1,
            Thread.ofPlatform().name("kpi-rollup-rebuild").daemon().factory());

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return workers.submit(work);
    }

    @Override
    public void destroy() {
        workers.close();
    }
}

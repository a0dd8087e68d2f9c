package app.communityops.kpi.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs rollup rebuilds off the UI thread, one at a time, as the tenant admin who asked: the service checks that
 * user's rights and works in that user's tenant, both taken from the security context.
 */
@Component
class RollupWorker implements DisposableBean {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kpi-rollup-rebuild").daemon().factory());

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        CompletableFuture<T> result = new CompletableFuture<>();
        pool.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, copy));
        return result;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}

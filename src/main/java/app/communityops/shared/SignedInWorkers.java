package app.communityops.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Threads that run long work off the UI thread as the signed-in user who asked for it: the services check that
 * user's rights and work in that user's tenant, both taken from the security context, which each task gets a copy
 * of (the user's authentication, not the UI thread's context object).
 */
public final class SignedInWorkers implements AutoCloseable {

    private final ExecutorService pool;

    public SignedInWorkers(int threads, ThreadFactory threadFactory) {
        this.pool = Executors.newFixedThreadPool(threads, threadFactory);
    }

    /** Runs {@code work} as the current user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
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
    public void close() {
        pool.shutdownNow();
    }
}

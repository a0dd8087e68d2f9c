package app.communityops.shared.csv.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
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
 * Runs file checks and imports off the UI thread, two at a time (the machine has two cores and an import keeps
 * one busy), as the signed-in user who started them: the service calls check that user's rights and work in that
 * user's tenant, which both come from the security context.
 */
@Component
public class ImportWorkers implements DisposableBean {

    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("csv-import-", 1).daemon().factory());

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        SecurityContext current = SecurityContextHolder.getContext();
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(current.getAuthentication());
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

    /** Hands work to the UI; a page the user has left takes nothing, and what the worker did stays done. */
    public static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // Nothing to show it on.
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}

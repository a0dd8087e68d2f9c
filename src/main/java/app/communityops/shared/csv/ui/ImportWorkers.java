package app.communityops.shared.csv.ui;

import app.communityops.shared.SignedInWorkers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs file checks and imports off the UI thread, two at a time (the machine has two cores and an import keeps
 * one busy), as the signed-in user who started them: the service calls check that user's rights and work in that
 * user's tenant, which both come from the security context.
 */
@Component
public class ImportWorkers implements DisposableBean {

    private final SignedInWorkers workers = new SignedInWorkers(2,
            Thread.ofPlatform().name("csv-import-", 1).daemon().factory());

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        return workers.submit(work);
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
        workers.close();
    }
}

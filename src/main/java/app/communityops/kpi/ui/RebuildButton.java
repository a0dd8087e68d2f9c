package app.communityops.kpi.ui;

import app.communityops.kpi.RollupResult;
import app.communityops.kpi.RollupService;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The tenant admin's "rebuild rollups": runs in the background with a progress bar, the page stays usable, and the
 * outcome shows when it is done. The rebuild is one transaction, so it writes nothing half-done.
 */
class RebuildButton extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    private final Button button = new Button(getTranslation("kpi.rollup.rebuild"), VaadinIcon.REFRESH.create());
    private final ProgressBar progress = new ProgressBar();
    private CompletableFuture<?> work = CompletableFuture.completedFuture(null);

    RebuildButton(RollupService rollups, RollupWorker worker, Runnable onDone) {
        setId("rollup-rebuild-panel");
        setAlignItems(Alignment.CENTER);
        button.setId("rollup-rebuild");
        button.setTooltipText(getTranslation("kpi.rollup.rebuildConfirm"));
        progress.setId("rollup-progress");
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        progress.setVisible(false);
        button.addClickListener(click -> {
            UI ui = UI.getCurrent();
            button.setEnabled(false);
            progress.setVisible(true);
            ui.setPollInterval(POLL_MILLIS);
            work = worker.submit(rollups::rebuild).handle((result, failure) -> {
                try {
                    ui.access(() -> done(ui, result, failure, onDone));
                } catch (UIDetachedException left) {
                    // The user left the page; the rebuild is done all the same.
                }
                return null;
            });
        });
        add(button, progress);
    }

    /** The running rebuild, for tests. */
    CompletableFuture<?> work() {
        return work;
    }

    private void done(UI ui, @Nullable RollupResult result, @Nullable Throwable failure, Runnable onDone) {
        ui.setPollInterval(-1);
        button.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            Notifications.error(getTranslation("error.unexpected"));
        } else if (result != null) {
            Notifications.success(getTranslation("kpi.rollup.rebuilt", result.days(), result.communities()));
            onDone.run();
        }
    }
}

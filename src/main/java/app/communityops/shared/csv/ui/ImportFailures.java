package app.communityops.shared.csv.ui;

import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;

/** Tells the user why an import stopped: the refusal's own words, or a general message with the cause logged. */
public final class ImportFailures {

    private ImportFailures() {
    }

    public static void show(Throwable failure, String generalMessageKey, Logger log) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        UI ui = UI.getCurrent();
        if (cause instanceof UserFacingException refusal) {
            Notifications.error(ui.getTranslation(refusal.messageKey(), refusal.arguments()));
        } else {
            log.error("Import failed", cause);
            Notifications.error(ui.getTranslation(generalMessageKey));
        }
    }
}

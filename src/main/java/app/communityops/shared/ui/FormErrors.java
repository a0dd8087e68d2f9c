package app.communityops.shared.ui;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Shows a service's refusal where the user can act on it: beside the field it concerns, or as a notification.
 * Returns false for exceptions it does not understand, which the caller should rethrow.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static boolean show(RuntimeException error, Map<String, ? extends HasValidation> fields) {
        UI ui = UI.getCurrent();
        if (error instanceof OptimisticLockingFailureException) {
            Notifications.error(ui.getTranslation("error.concurrentEdit"));
            return true;
        }
        if (error instanceof ConcurrentEditException) {
            Notifications.error(ui.getTranslation(error.getMessage()));
            return true;
        }
        if (error instanceof UserFacingException refusal) {
            String text = ui.getTranslation(refusal.messageKey(), refusal.arguments());
            HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Notifications.error(text);
            }
            return true;
        }
        return false;
    }
}

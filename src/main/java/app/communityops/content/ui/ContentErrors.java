package app.communityops.content.ui;

import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import com.vaadin.flow.component.HasValidation;
import java.util.Arrays;
import java.util.Map;

/** Shows the content service's refusals; status names in a refusal arrive as keys and are translated here. */
final class ContentErrors {

    private static final String STATUS_KEY = "content.status.";

    private ContentErrors() {
    }

    static void show(UserFacingException refusal, Map<String, ? extends HasValidation> fields) {
        Object[] arguments = refusal.arguments();
        boolean hasStatuses = Arrays.stream(arguments)
                .anyMatch(argument -> argument instanceof String text && text.startsWith(STATUS_KEY));
        if (!hasStatuses) {
            FormErrors.show(refusal, fields);
            return;
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        Object[] translated = Arrays.stream(arguments).map(argument -> argument instanceof String text
                && text.startsWith(STATUS_KEY) ? ui.getTranslation(text) : argument).toArray();
        FormErrors.show(new UserFacingException(refusal.messageKey(), refusal.field(), translated), fields);
    }
}

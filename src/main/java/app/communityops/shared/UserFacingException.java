package app.communityops.shared;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A refusal the user can act on: carries an i18n key (and arguments) rather than English text, and optionally
 * the name of the form field it concerns, so a form can show it beside that field.
 */
public class UserFacingException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final @Nullable String field;
    private final Object[] arguments;

    public UserFacingException(String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

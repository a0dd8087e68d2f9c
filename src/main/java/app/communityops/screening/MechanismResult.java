package app.communityops.screening;

import java.util.List;

/**
 * One mechanism's outcome with its reason as an i18n key and plain-text arguments (amounts as plain decimals),
 * so the reason can be stored with the application and shown later in either language.
 */
public record MechanismResult(ScreeningMechanism mechanism, Outcome outcome, String reasonKey,
                              List<String> arguments) {

    public MechanismResult {
        arguments = List.copyOf(arguments);
    }
}

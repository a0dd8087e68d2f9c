package app.communityops.join.ui;

import app.communityops.join.JoinPublicService;
import app.communityops.screening.PrecheckAnswer;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * The join page's check of standing before applying: a phone number or email, a button, and one of two answers,
 * "passed" or "not yet". Nothing else is ever shown, so the step tells no one who is in the tenant's records.
 */
class StandingCheck extends Div {

    private final JoinPublicService join;
    private final String token;
    private final Supplier<String> clientAddress;
    private final TextField contact = new TextField();
    private final Paragraph answer = new Paragraph();

    StandingCheck(JoinPublicService join, String token, Supplier<String> clientAddress) {
        this.join = join;
        this.token = token;
        this.clientAddress = clientAddress;
        setId("join-check-step");
        setWidthFull();
        contact.setId("join-check-contact");
        contact.setLabel(getTranslation("join.check.contact"));
        contact.setHelperText(getTranslation("join.check.help"));
        contact.setMaxLength(254);
        contact.setWidthFull();
        Button check = new Button(getTranslation("join.check.button"), click -> check());
        check.setId("join-check");
        answer.setId("join-check-answer");
        // Read out by screen readers when the answer arrives.
        answer.getElement().setAttribute("role", "status");
        answer.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-xs) 0");
        answer.setVisible(false);
        add(contact, check, answer);
    }

    private void check() {
        contact.setInvalid(false);
        answer.setVisible(false);
        try {
            PrecheckAnswer result = join.check(token, contact.getValue(), clientAddress.get());
            show(getTranslation(result == PrecheckAnswer.PASSED ? "join.check.passed" : "join.check.notYet"));
        } catch (UserFacingException refused) {
            String text = getTranslation(refused.messageKey(), refused.arguments());
            if ("check".equals(refused.field())) {
                contact.setErrorMessage(text);
                contact.setInvalid(true);
            } else {
                show(text);
            }
        }
    }

    private void show(String text) {
        answer.setText(text);
        answer.setVisible(true);
    }
}

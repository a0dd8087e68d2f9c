package app.communityops.join.ui;

import app.communityops.join.JoinPublicService;
import app.communityops.join.StandingAnswer;
import app.communityops.screening.PrecheckAnswer;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The join page's check of standing before applying: an email address, a code mailed there and typed back, and
 * then one of two answers, "passed" or "not yet". Nothing else is ever shown, so the step tells no one who is in
 * the tenant's records, and the records answer only for an address its holder proved. The proof it receives goes
 * with the application, whose email field takes the proven address.
 */
class StandingCheck extends Div {

    private final JoinPublicService join;
    private final String token;
    private final Locale locale;
    private final Supplier<String> clientAddress;
    private final Consumer<String> proven;
    private final EmailField contact = new EmailField();
    private final TextField code = new TextField();
    private final Button check;
    private final Paragraph sent = new Paragraph();
    private final Paragraph answer = new Paragraph();
    private @Nullable String proof;

    StandingCheck(JoinPublicService join, String token, Locale locale, Supplier<String> clientAddress,
                  Consumer<String> proven) {
        this.join = join;
        this.token = token;
        this.locale = locale;
        this.clientAddress = clientAddress;
        this.proven = proven;
        setId("join-check-step");
        setWidthFull();
        contact.setId("join-check-contact");
        contact.setLabel(getTranslation("join.check.contact"));
        contact.setHelperText(getTranslation("join.check.help"));
        contact.setMaxLength(254);
        contact.setWidthFull();
        Button send = new Button(getTranslation("join.check.send"), click -> send());
        send.setId("join-check-send");
        sent.setId("join-check-sent");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        code.setId("join-check-code");
        code.setLabel(getTranslation("join.check.code"));
        code.setMaxLength(12);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        code.setVisible(false);
        check = new Button(getTranslation("join.check.button"), click -> check());
        check.setId("join-check");
        check.setVisible(false);
        answer.setId("join-check-answer");
        // Read out by screen readers when the answer arrives.
        answer.getElement().setAttribute("role", "status");
        answer.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-xs) 0");
        answer.setVisible(false);
        add(contact, send, sent, code, check, answer);
    }

    /** The proof of the address, once a right code came back; the application carries it. */
    @Nullable String proof() {
        return proof;
    }

    private void send() {
        contact.setInvalid(false);
        answer.setVisible(false);
        try {
            join.sendCode(token, contact.getValue(), locale, clientAddress.get());
            sent.setText(getTranslation("join.check.sent", contact.getValue().strip(), JoinPublicService.CODE_MINUTES));
            sent.setVisible(true);
            code.clear();
            code.setVisible(true);
            check.setVisible(true);
            code.focus();
        } catch (UserFacingException refused) {
            refuse(refused, contact);
        }
    }

    private void check() {
        code.setInvalid(false);
        answer.setVisible(false);
        try {
            StandingAnswer result = join.checkCode(token, contact.getValue(), code.getValue(), clientAddress.get());
            proof = result.proof();
            String address = contact.getValue().strip();
            proven.accept(address);
            show(getTranslation(result.answer() == PrecheckAnswer.PASSED ? "join.check.passed" : "join.check.notYet",
                    address));
            code.setVisible(false);
            check.setVisible(false);
            sent.setVisible(false);
        } catch (UserFacingException refused) {
            refuse(refused, code);
        }
    }

    private void refuse(UserFacingException refused, com.vaadin.flow.component.HasValidation field) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        if (refused.field() != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            show(text);
        }
    }

    private void show(String text) {
        answer.setText(text);
        answer.setVisible(true);
    }
}

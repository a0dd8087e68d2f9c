package app.communityops.security.mfa.ui;

import app.communityops.security.mfa.Enrolment;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Setting up an authenticator app: the QR code and the same secret as text, then a first code from the app, which
 * switches the second factor on and answers the recovery codes. Used by the enrolment step of a sign-in and by
 * <em>My account</em>.
 */
public final class EnrolmentPanel extends Div {

    private final SecondFactorService secondFactors;
    private final Enrolment enrolment;
    private final TextField code = new TextField();
    private final Consumer<List<String>> enabled;

    public EnrolmentPanel(SecondFactorService secondFactors, Consumer<List<String>> enabled) {
        this.secondFactors = secondFactors;
        this.enabled = enabled;
        this.enrolment = secondFactors.start();
        setId("mfa-enrolment");
        addClassName("mfa-enrolment");

        OrderedList steps = new OrderedList(new ListItem(getTranslation("mfa.enrol.step1")),
                new ListItem(getTranslation("mfa.enrol.step2")), new ListItem(getTranslation("mfa.enrol.step3")));
        steps.addClassName("mfa-steps");
        Svg qr = new Svg(enrolment.qrSvg());
        qr.setId("mfa-qr");
        qr.addClassName("mfa-qr");
        qr.getElement().setAttribute("aria-label", getTranslation("mfa.enrol.qrLabel"));
        Paragraph manual = new Paragraph(getTranslation("mfa.enrol.manual"));
        manual.addClassName("mfa-hint");
        Span secret = new Span(enrolment.groupedSecret());
        secret.setId("mfa-secret");
        secret.addClassName("mfa-secret");

        code.setId("mfa-enrol-code");
        code.setLabel(getTranslation("mfa.enrol.codeLabel"));
        code.setMaxLength(8);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        // Sent as typed, so Enter (a click shortcut) never submits a value the server has not seen yet.
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidthFull();
        Button confirm = new Button(getTranslation("mfa.enrol.confirm"), event -> confirm());
        confirm.setId("mfa-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setWidthFull();
        add(steps, qr, manual, secret, code, confirm);
    }

    /** The secret on offer, for tests that play the authenticator app. */
    String secret() {
        return enrolment.secret();
    }

    private void confirm() {
        String value = code.getValue().replace(" ", "");
        if (!value.matches("\\d{6}")) {
            code.setErrorMessage(getTranslation("mfa.enrol.codeFormat"));
            code.setInvalid(true);
            return;
        }
        try {
            List<String> codes = secondFactors.confirm(enrolment.secret(), value);
            enabled.accept(codes);
        } catch (UserFacingException refusal) {
            code.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            code.setInvalid(true);
        }
    }
}

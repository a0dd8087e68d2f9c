package app.communityops.security.mfa.ui;

import app.communityops.security.mfa.SecondFactorService;
import app.communityops.security.mfa.SecondFactorStatus;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * <em>My account</em>'s two-step sign-in card: set up an authenticator app, new recovery codes, or switch it off
 * (not where the organisation requires it).
 */
public final class TwoFactorCard extends Div {

    private final SecondFactorService secondFactors;

    public TwoFactorCard(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        setId("mfa-card");
        addClassName("area-card");
        setWidthFull();
        show();
    }

    private void show() {
        removeAll();
        SecondFactorStatus status = secondFactors.status();
        add(new H3(getTranslation("mfa.card.title")));
        Span badge = new Span(getTranslation(status.enabled() ? "mfa.card.on" : "mfa.card.off"));
        badge.setId("mfa-status");
        badge.addClassNames("status-badge", status.enabled() ? "success" : "contrast");
        Paragraph text = new Paragraph(getTranslation(status.enabled() ? "mfa.card.onText" : "mfa.card.offText"));
        text.addClassName("mfa-hint");
        add(badge, text);
        if (status.required()) {
            Paragraph required = new Paragraph(getTranslation("mfa.card.requiredText"));
            required.setId("mfa-required");
            required.addClassName("mfa-hint");
            add(required);
        }
        if (!status.enabled()) {
            Button setUp = new Button(getTranslation("mfa.card.setUp"), event -> setUp());
            setUp.setId("mfa-set-up");
            setUp.addThemeVariants(ButtonVariant.PRIMARY);
            add(setUp);
            return;
        }
        Paragraph left = new Paragraph(getTranslation("mfa.card.recoveryLeft", status.recoveryCodesLeft()));
        left.setId("mfa-recovery-left");
        Button renew = new Button(getTranslation("mfa.card.renewRecovery"), event -> renew());
        renew.setId("mfa-renew-recovery");
        Button off = new Button(getTranslation("mfa.card.turnOff"), event -> turnOff());
        off.setId("mfa-turn-off");
        off.addThemeVariants(ButtonVariant.ERROR);
        off.setEnabled(!status.required());
        Div actions = new Div(renew, off);
        actions.addClassName("mfa-actions");
        add(left, actions);
    }

    private void setUp() {
        removeAll();
        add(new H3(getTranslation("mfa.enrol.title")));
        Button cancel = new Button(getTranslation("action.cancel"), event -> show());
        cancel.setId("mfa-cancel");
        add(new EnrolmentPanel(secondFactors, codes -> {
            show();
            showCodes(getTranslation("mfa.enrol.doneTitle"), codes);
        }), cancel);
    }

    private void renew() {
        TextField code = codeField();
        Dialog dialog = new Dialog();
        dialog.setId("mfa-renew-dialog");
        dialog.setHeaderTitle(getTranslation("mfa.card.renewRecovery"));
        dialog.add(new Paragraph(getTranslation("mfa.card.renewText")), code);
        Button confirm = new Button(getTranslation("mfa.card.renewRecovery"), event -> {
            try {
                List<String> codes = secondFactors.regenerateRecoveryCodes(code.getValue());
                dialog.close();
                show();
                showCodes(getTranslation("mfa.card.renewRecovery"), codes);
            } catch (UserFacingException refusal) {
                code.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                code.setInvalid(true);
            }
        });
        confirm.setId("mfa-renew-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.open();
    }

    private void turnOff() {
        PasswordField proof = new PasswordField(getTranslation("mfa.card.passwordOrCode"));
        proof.setId("mfa-off-proof");
        proof.setWidthFull();
        Dialog dialog = new Dialog();
        dialog.setId("mfa-off-dialog");
        dialog.setHeaderTitle(getTranslation("mfa.card.turnOffTitle"));
        dialog.add(new Paragraph(getTranslation("mfa.card.turnOffText")), proof);
        Button confirm = new Button(getTranslation("mfa.card.turnOff"), event -> {
            try {
                secondFactors.disable(proof.getValue());
                dialog.close();
                Notifications.success(getTranslation("mfa.card.turnedOff"));
                show();
            } catch (UserFacingException refusal) {
                proof.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                proof.setInvalid(true);
            }
        });
        confirm.setId("mfa-off-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.setWidth("28rem");
        dialog.setMaxWidth("100%");
        dialog.open();
    }

    private void showCodes(String title, List<String> codes) {
        Dialog dialog = new Dialog();
        dialog.setId("mfa-codes-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(new RecoveryCodesPanel(codes));
        Button done = new Button(getTranslation("mfa.recovery.saved"), event -> dialog.close());
        done.setId("mfa-codes-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("mfa.code.label"));
        code.setId("mfa-renew-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        return code;
    }
}

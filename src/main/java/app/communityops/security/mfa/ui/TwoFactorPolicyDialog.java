package app.communityops.security.mfa.ui;

import app.communityops.security.mfa.SecondFactorPolicy;
import app.communityops.security.mfa.SecondFactorService;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** The tenant admin's rule: who must sign in with an authenticator app. Reached from the people screen. */
public final class TwoFactorPolicyDialog extends Dialog {

    public TwoFactorPolicyDialog(SecondFactorService secondFactors) {
        setId("mfa-policy-dialog");
        setHeaderTitle(getTranslation("mfa.policy.title"));
        SecondFactorPolicy policy = secondFactors.policy();
        Checkbox staff = new Checkbox(getTranslation("mfa.policy.staff"), policy.staff());
        staff.setId("mfa-policy-staff");
        Checkbox clients = new Checkbox(getTranslation("mfa.policy.clients"), policy.clients());
        clients.setId("mfa-policy-clients");
        Paragraph text = new Paragraph(getTranslation("mfa.policy.explain"));
        text.addClassName("mfa-hint");
        add(text, staff, clients);
        staff.getElement().getStyle().set("display", "block");
        Button save = new Button(getTranslation("action.save"), event -> {
            secondFactors.changePolicy(new SecondFactorPolicy(staff.getValue(), clients.getValue()));
            Notifications.success(getTranslation("mfa.policy.saved"));
            close();
        });
        save.setId("mfa-policy-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("30rem");
        setMaxWidth("100%");
    }
}
